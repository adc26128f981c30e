// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SourceImporter.h"

#include "DatelineParser.h"
#include "FormatSniffer.h"
#include "HtmlImporter.h"
#include "PdfImporter.h"
#include "ReadAheadQueue.h"
#include "TextImporter.h"
#include "model/Source.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace annalist {

namespace {

QString sizeInWords(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

std::unique_ptr<DocumentImporter> importerFor(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Html:
        return std::make_unique<HtmlImporter>();
    case DocumentFormat::Pdf:
        return std::make_unique<PdfImporter>();
    case DocumentFormat::PlainText:
    case DocumentFormat::Markdown:
        return std::make_unique<TextImporter>(format);
    case DocumentFormat::Binary:
        break;
    }
    return nullptr;
}

ImportOutcome failure(const QString &path, const QString &message)
{
    ImportOutcome outcome;
    outcome.path = path;
    outcome.kind = ImportOutcome::Kind::Failed;
    outcome.message = message;
    return outcome;
}

ImportOutcome skipped(const QString &path, const QString &message)
{
    ImportOutcome outcome;
    outcome.path = path;
    outcome.kind = ImportOutcome::Kind::Skipped;
    outcome.message = message;
    return outcome;
}

// What a file that is not a regular file is, in words; empty for a regular file (or a
// link to one) and for a folder.
QString specialFileKind(mode_t mode)
{
    if (S_ISREG(mode) || S_ISDIR(mode))
        return {};
    if (S_ISFIFO(mode))
        return QStringLiteral("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    if (S_ISCHR(mode))
        return QStringLiteral("a character device");
    if (S_ISBLK(mode))
        return QStringLiteral("a block device");
    return QStringLiteral("a special file");
}

QString specialFileKind(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    return specialFileKind(status.st_mode);
}

QString notRegularMessage(const QString &kind)
{
    return QStringLiteral("not read: it is %1, not a regular file").arg(kind);
}

} // namespace

SourceImporter::SourceImporter(Project &project)
    : SourceImporter(project, Options {})
{ }

SourceImporter::SourceImporter(Project &project, Options options)
    : m_project(project)
    , m_options(options)
{ }

QStringList SourceImporter::collectFiles(const QStringList &paths, QList<ImportOutcome> *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (problems)
                problems->append(failure(path,
                                         info.isSymLink()
                                             ? QStringLiteral("the link points to a file that does not exist")
                                             : QStringLiteral("no such file or folder")));
            continue;
        }
        if (!info.isDir()) {
            if (const QString kind = specialFileKind(path); !kind.isEmpty()) {
                if (problems)
                    problems->append(skipped(path, notRegularMessage(kind)));
                continue;
            }
            files << path;
            continue;
        }
        // QDir::System lists pipes, sockets and devices too, so that they are reported
        // rather than passed over in silence; they are never opened.
        QStringList found;
        QList<ImportOutcome> special;
        QDirIterator it(path, QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (const QString kind = specialFileKind(file); !kind.isEmpty()) {
                special << skipped(file, notRegularMessage(kind));
                continue;
            }
            if (!QFileInfo(file).exists())
                continue; // a link to nothing, as before
            if (FormatSniffer::hasImportableExtension(file))
                found << file;
        }
        std::sort(found.begin(), found.end());
        files << found;
        if (problems) {
            std::sort(special.begin(), special.end(),
                      [](const ImportOutcome &a, const ImportOutcome &b) { return a.path < b.path; });
            problems->append(special);
        }
    }
    return files;
}

Result<Source, ImportError> SourceImporter::sourceFrom(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        return ImportError { QStringLiteral("the file is empty") };
    const DocumentFormat format = FormatSniffer::detect(bytes, fileName);
    const std::unique_ptr<DocumentImporter> importer = importerFor(format);
    if (!importer)
        return ImportError { QStringLiteral("the file is binary, not a text, HTML or PDF document") };
    Result<ImportedDocument, ImportError> imported = importer->import(bytes, fileName);
    if (!imported)
        return imported.error();

    ImportedDocument &document = *imported;
    if (!document.published.isKnown()) {
        if (const std::optional<Dateline> dateline = DatelineParser::find(document.body)) {
            document.published = dateline->published;
            if (document.outlet.isEmpty())
                document.outlet = dateline->outlet;
        }
    }

    Source source;
    source.title = document.title.isEmpty() ? QFileInfo(fileName).completeBaseName() : document.title;
    source.outlet = document.outlet;
    source.author = document.author;
    source.url = document.url;
    source.language = document.language;
    source.published = document.published;
    source.body = document.body;
    source.pageOffsets = document.pageOffsets;
    source.mediaType = document.mediaType;
    source.originalName = QFileInfo(fileName).fileName();
    source.originalBytes = bytes;
    source.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    source.notes = document.warnings.join(u'\n');
    return source;
}

Result<Source, ImportError> SourceImporter::readFile(const QString &path) const
{
    const QFileInfo info(path);
    if (info.isDir())
        return ImportError { QStringLiteral("it is a folder") };
    if (!info.exists())
        return ImportError { QStringLiteral("no such file") };
    if (info.size() > m_options.maxFileBytes) {
        return ImportError { QStringLiteral("the file is %1, larger than the limit of %2")
                                 .arg(sizeInWords(info.size()), sizeInWords(m_options.maxFileBytes)) };
    }
    // Opened without blocking and checked on the open descriptor: a pipe put in the
    // file's place after the check above still never hangs the import.
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0)
        return ImportError { QStringLiteral("cannot be read: %1").arg(QString::fromLocal8Bit(strerror(errno))) };
    struct stat status = {};
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
        const QString kind = specialFileKind(status.st_mode);
        ::close(descriptor);
        return ImportError { kind.isEmpty() ? QStringLiteral("cannot be read: it is not a regular file")
                                            : notRegularMessage(kind) };
    }
    QFile file;
    if (!file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return ImportError { QStringLiteral("cannot be read: %1").arg(file.errorString()) };
    }
    const QByteArray bytes = file.read(m_options.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return ImportError { QStringLiteral("cannot be read: %1").arg(file.errorString()) };
    if (bytes.size() > m_options.maxFileBytes)
        return ImportError {
            QStringLiteral("the file is larger than the limit of %1").arg(sizeInWords(m_options.maxFileBytes))
        };
    return sourceFrom(bytes, path);
}

ImportReport SourceImporter::importPaths(const QStringList &paths, const Progress &progress)
{
    ImportReport report;
    const QStringList files = collectFiles(paths, &report.outcomes);
    const int total = static_cast<int>(files.size() + report.outcomes.size());
    int done = static_cast<int>(report.outcomes.size());
    if (progress && !report.outcomes.isEmpty() && !progress(report.outcomes, done, total)) {
        report.cancelled = true;
        return report;
    }

    SourceRepository &sources = m_project.sources();
    using ReadResult = Result<Source, ImportError>;
    ReadAheadQueue<ReadResult> reader(static_cast<int>(files.size()),
                                      [this, &files](int index) { return readFile(files.at(index)); });
    qsizetype next = 0;
    while (next < files.size() && !report.cancelled) {
        QList<ImportOutcome> batch;
        QElapsedTimer age;
        age.start();
        WriteTransaction transaction(m_project.database());
        if (!transaction.isOpen()) {
            report.storageError = transaction.error().message;
            break;
        }
        while (next < files.size() && batch.size() < m_options.batchSize
               && (batch.isEmpty() || age.elapsed() < m_options.batchMilliseconds)) {
            const QString &path = files.at(next++);
            ReadResult source = *reader.next();
            if (!source) {
                batch.append(failure(path, source.error().message));
                continue;
            }
            ImportOutcome outcome;
            outcome.path = path;
            outcome.title = source->title;
            if (!source->notes.isEmpty())
                outcome.warnings = source->notes.split(u'\n');
            const Result<qint64> added = sources.add(*source);
            if (added) {
                outcome.kind = ImportOutcome::Kind::Imported;
                outcome.sourceId = *added;
            } else if (added.error().code == StorageError::Code::Duplicate) {
                outcome.kind = ImportOutcome::Kind::Duplicate;
                const Result<qint64> existing = sources.idForSha256(source->sha256);
                outcome.sourceId = existing ? *existing : 0;
                outcome.message = added.error().message;
            } else {
                report.storageError = added.error().message;
                break;
            }
            batch.append(outcome);
        }
        if (report.storageError.isEmpty()) {
            if (Status committed = transaction.commit(); !committed)
                report.storageError = committed.error().message;
        }
        if (!report.storageError.isEmpty()) {
            // Nothing of this batch is in the project; say so for each file in it.
            for (ImportOutcome &outcome : batch) {
                if (outcome.kind == ImportOutcome::Kind::Imported)
                    outcome = failure(outcome.path, QStringLiteral("not saved: %1").arg(report.storageError));
            }
        }
        done += static_cast<int>(batch.size());
        report.outcomes.append(batch);
        if (!report.storageError.isEmpty())
            break;
        if (progress && !progress(batch, done, total))
            report.cancelled = true;
    }
    return report;
}

ImportOutcome SourceImporter::importText(const QString &text, const QString &title)
{
    const QString name = title.isEmpty() ? QStringLiteral("pasted text") : title;
    Result<Source, ImportError> source = sourceFrom(text.toUtf8(), name + QStringLiteral(".txt"));
    if (!source)
        return failure(name, source.error().message);
    if (!title.isEmpty())
        source->title = title;
    source->originalName.clear();
    ImportOutcome outcome;
    outcome.path = name;
    outcome.title = source->title;
    const Result<qint64> added = m_project.sources().add(*source);
    if (added) {
        outcome.kind = ImportOutcome::Kind::Imported;
        outcome.sourceId = *added;
    } else {
        outcome.kind = added.error().code == StorageError::Code::Duplicate ? ImportOutcome::Kind::Duplicate
                                                                           : ImportOutcome::Kind::Failed;
        outcome.message = added.error().message;
    }
    return outcome;
}

} // namespace annalist
