// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BratImporter.h"

#include "export/BratStandoff.h"

#include "BratDocument.h"
#include "analysis/EntityResolver.h"
#include "analysis/MentionContext.h"
#include "model/Mention.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace annalist {

namespace {

struct Note
{
    QString target; // "T3"
    QString text;
};

// The annotator's notes of an .ann file, by the annotation they are on.
QHash<QString, QString> notes(const QString &ann)
{
    QHash<QString, QString> byTarget;
    for (QString line : ann.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 3)
            continue;
        const QStringList head = fields.at(1).split(u' ', Qt::SkipEmptyParts);
        if (head.size() == 2 && head.at(0) == QString::fromLatin1(BratStandoff::noteType))
            byTarget.insert(head.at(1), fields.mid(2).join(u'\t').trimmed());
    }
    return byTarget;
}

// The T lines with their code-point offsets turned into UTF-16 ones, for BratDocument.
// An offset beyond the text is left as it is, for BratDocument to report.
QString inUtf16(const QString &ann, const BratStandoff::Offsets &offsets)
{
    static const QRegularExpression spans(QStringLiteral("(\\d+) (\\d+)"));
    QStringList lines;
    for (const QString &line : ann.split(u'\n')) {
        if (!line.startsWith(u'T')) {
            lines << line;
            continue;
        }
        QStringList fields = line.split(u'\t');
        if (fields.size() >= 2) {
            const qsizetype space = fields.at(1).indexOf(u' ');
            if (space > 0) {
                QString ranges = fields.at(1).mid(space + 1);
                QString converted;
                qsizetype last = 0;
                auto it = spans.globalMatch(ranges);
                while (it.hasNext()) {
                    const QRegularExpressionMatch match = it.next();
                    converted += ranges.mid(last, match.capturedStart() - last);
                    const int start = offsets.toUtf16(match.captured(1).toInt());
                    const int end = offsets.toUtf16(match.captured(2).toInt());
                    converted += QStringLiteral("%1 %2").arg(start < 0 ? match.captured(1) : QString::number(start),
                                                             end < 0 ? match.captured(2) : QString::number(end));
                    last = match.capturedEnd();
                }
                converted += ranges.mid(last);
                fields[1] = fields.at(1).left(space + 1) + converted;
            }
        }
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n');
}

QString titleOf(const QString &text, const QString &fallback)
{
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            return line.simplified().left(200);
    }
    return fallback;
}

} // namespace

BratImporter::BratImporter(Project &project)
    : m_project(project)
{ }

Result<BratImportReport, ExportError> BratImporter::importFolder(const QString &folder, const ExportProgress &progress)
{
    const QDir dir(folder);
    if (!dir.exists())
        return ExportError::failed(QStringLiteral("%1: no such folder").arg(folder));
    const QStringList texts = dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    BratImportReport report;

    // The project's sources by their text's hash, to find a document's source.
    const Result<QList<SourceSummary>> summaries = m_project.sources().list();
    if (!summaries)
        return ExportError::failed(summaries.error().message);
    QHash<QByteArray, qint64> sourceByText;
    for (const SourceSummary &summary : *summaries) {
        const Result<QString> body = m_project.sources().body(summary.id);
        if (!body)
            return ExportError::failed(body.error().message);
        sourceByText.insert(QCryptographicHash::hash(body->toUtf8(), QCryptographicHash::Sha256), summary.id);
    }
    const Result<QList<EntityType>> types = m_project.entities().types();
    if (!types)
        return ExportError::failed(types.error().message);
    QHash<qint64, QString> typeNames;
    for (const EntityType &type : *types)
        typeNames.insert(type.id, type.name);

    WriteTransaction transaction(m_project.database());
    if (!transaction.isOpen())
        return ExportError::failed(transaction.error().message);
    QHash<QString, qint64> entityByKey;
    int done = 0;
    for (const QString &name : texts) {
        const QString textPath = dir.filePath(name);
        const QString annPath = BratDocument::annotationPath(textPath);
        QFile textFile(textPath);
        QFile annFile(annPath);
        if (!annFile.exists())
            continue;
        if (!textFile.open(QIODevice::ReadOnly) || !annFile.open(QIODevice::ReadOnly)) {
            report.problems << QStringLiteral("%1: cannot be read").arg(textFile.isOpen() ? annPath : textPath);
            continue;
        }
        const QByteArray bytes = textFile.readAll();
        const QString text = QString::fromUtf8(bytes);
        const QString ann = QString::fromUtf8(annFile.readAll());
        const BratStandoff::Offsets offsets(text);
        const Result<BratDocument, BratError> document
            = BratDocument::parse(text, inUtf16(ann, offsets), QFileInfo(annPath).fileName());
        if (!document) {
            report.problems << document.error().message();
            continue;
        }
        ++report.documents;

        const QByteArray textHash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
        qint64 sourceId = sourceByText.value(textHash);
        if (sourceId == 0) {
            Source source;
            source.title = titleOf(text, QFileInfo(name).completeBaseName());
            source.body = text;
            source.mediaType = QStringLiteral("text/plain");
            source.originalName = name;
            source.originalBytes = bytes;
            source.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
            const Result<qint64> added = m_project.sources().add(source);
            if (!added) {
                report.problems << QStringLiteral("%1: %2").arg(textPath, added.error().message);
                continue;
            }
            sourceId = *added;
            sourceByText.insert(textHash, sourceId);
            ++report.sourcesCreated;
        }
        Result<QList<Mention>> existing = m_project.mentions().listForSource(sourceId);
        if (!existing)
            return ExportError::failed(existing.error().message);

        const QHash<QString, QString> entityNotes = notes(ann);
        for (const BratEntity &annotation : document->entities) {
            // BratDocument maps common type names (PER, ORG, LOC …) onto Annalist's.
            const QString typeName = BratStandoff::typeName(annotation.type);
            const QString entityName = entityNotes.value(annotation.id, annotation.text).simplified();
            if (entityName.isEmpty())
                continue;
            const QString key = entityName.toCaseFolded() + u'\n' + typeName.toCaseFolded();
            qint64 entityId = entityByKey.value(key);
            if (entityId == 0) {
                const Result<QList<Entity>> found = EntityResolver::resolve(m_project.entities(), entityName, typeName);
                if (!found)
                    return ExportError::failed(found.error().message);
                for (const Entity &entity : *found) {
                    if (typeNames.value(entity.typeId).compare(typeName, Qt::CaseInsensitive) == 0) {
                        entityId = entity.id;
                        break;
                    }
                }
                if (entityId == 0) {
                    Result<EntityType> type = m_project.entities().findType(typeName);
                    if (!type && type.error().code == StorageError::Code::NotFound) {
                        const Result<qint64> added = m_project.entities().addType(typeName, QColor(0x80, 0x80, 0x80));
                        if (!added)
                            return ExportError::failed(added.error().message);
                        typeNames.insert(*added, typeName);
                        type = m_project.entities().findType(typeName);
                    }
                    if (!type)
                        return ExportError::failed(type.error().message);
                    Entity entity;
                    entity.typeId = type->id;
                    entity.canonicalName = entityName;
                    const Result<qint64> added = m_project.entities().add(entity);
                    if (!added)
                        return ExportError::failed(added.error().message);
                    entityId = *added;
                    ++report.entitiesCreated;
                }
                entityByKey.insert(key, entityId);
            }
            const auto same = std::find_if(existing->cbegin(), existing->cend(), [&](const Mention &mention) {
                return mention.start == annotation.start && mention.end == annotation.end
                    && mention.entityId == entityId;
            });
            if (same != existing->cend()) {
                if (same->status == Mention::Status::Confirmed) {
                    ++report.mentionsAlreadyThere;
                } else {
                    if (Status changed = m_project.mentions().setStatus(same->id, Mention::Status::Confirmed); !changed)
                        return ExportError::failed(changed.error().message);
                    ++report.mentionsConfirmed;
                }
                continue;
            }
            Mention mention;
            mention.entityId = entityId;
            mention.sourceId = sourceId;
            mention.start = annotation.start;
            mention.end = annotation.end;
            mention.status = Mention::Status::Confirmed;
            mention.origin = Mention::Origin::Manual;
            MentionContext::fill(mention, text);
            const Result<qint64> added = m_project.mentions().add(mention);
            if (!added)
                return ExportError::failed(added.error().message);
            // A file that annotates the same span as the same entity twice adds it once.
            mention.id = *added;
            existing->append(mention);
            ++report.mentionsAdded;
        }
        if (progress && !progress(++done, static_cast<int>(texts.size())))
            return ExportError::cancelled();
    }
    if (Status committed = transaction.commit(); !committed)
        return ExportError::failed(committed.error().message);
    return report;
}

} // namespace annalist
