// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>

namespace annalist {

namespace {

// The device's reason, or the system's when Qt has none ("No space left on device").
QString reasonOf(const QFileDevice &file, int systemError)
{
    const QString reason = file.errorString();
    if (systemError != 0 && (reason.isEmpty() || reason == QStringLiteral("Unknown error")))
        return QString::fromLocal8Bit(std::strerror(systemError));
    return reason;
}

QString folderProblem(const QFileInfo &info)
{
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return QStringLiteral("%1: the folder %2 does not exist").arg(info.filePath(), folder.filePath());
    if (!folder.isDir())
        return QStringLiteral("%1: %2 is not a folder").arg(info.filePath(), folder.filePath());
    if (!folder.isWritable())
        return QStringLiteral("%1: the folder %2 is not writable").arg(info.filePath(), folder.filePath());
    return {};
}

} // namespace

QString ExportFile::problemWithFile(const QString &path)
{
    if (path.trimmed().isEmpty())
        return QStringLiteral("no file name given");
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return QStringLiteral("%1: is a folder; give a file name").arg(path);
    // A device or pipe cannot be replaced by a renamed file (and must not be).
    if (info.exists() && !info.isFile())
        return QStringLiteral("%1: is not a regular file").arg(path);
    if (info.exists() && !info.isWritable())
        return QStringLiteral("%1: is read-only").arg(path);
    return folderProblem(info);
}

QString ExportFile::problemWithFolder(const QString &path)
{
    if (path.trimmed().isEmpty())
        return QStringLiteral("no folder name given");
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return QStringLiteral("%1: exists and is not a folder").arg(path);
    if (info.exists() && !QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return QStringLiteral("%1: the folder is not empty").arg(path);
    return folderProblem(info);
}

Result<qint64, ExportError> ExportFile::write(const QString &path, const QByteArray &bytes)
{
    if (const QString problem = problemWithFile(path); !problem.isEmpty())
        return ExportError::failed(problem);
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return ExportError::failed(QStringLiteral("%1: cannot be written: %2").arg(path, reasonOf(file, errno)));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = reasonOf(file, errno);
        file.cancelWriting();
        return ExportError::failed(QStringLiteral("%1: cannot be written: %2").arg(path, reason));
    }
    if (!file.commit())
        return ExportError::failed(QStringLiteral("%1: cannot be written: %2").arg(path, reasonOf(file, errno)));
    return qint64(bytes.size());
}

Result<qint64, ExportError> ExportFile::writeFolder(const QString &path,
                                                    const QList<std::pair<QString, QByteArray>> &files)
{
    if (const QString problem = problemWithFolder(path); !problem.isEmpty())
        return ExportError::failed(problem);
    const QFileInfo target(path);
    // Beside the final place, so that the rename stays on one file system.
    QTemporaryDir staging(target.absolutePath() + u'/' + u'.' + target.fileName() + QStringLiteral("-XXXXXX"));
    if (!staging.isValid())
        return ExportError::failed(QStringLiteral("%1: cannot be written: %2").arg(path, staging.errorString()));
    qint64 written = 0;
    for (const auto &[name, bytes] : files) {
        QFile file(staging.filePath(name));
        errno = 0;
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
            return ExportError::failed(
                QStringLiteral("%1: cannot be written: %2").arg(QDir(path).filePath(name), reasonOf(file, errno)));
        }
        file.close();
        if (file.error() != QFileDevice::NoError) {
            return ExportError::failed(
                QStringLiteral("%1: cannot be written: %2").arg(QDir(path).filePath(name), reasonOf(file, errno)));
        }
        written += bytes.size();
    }
    if (target.exists() && !QDir().rmdir(target.absoluteFilePath()))
        return ExportError::failed(QStringLiteral("%1: the empty folder cannot be replaced").arg(path));
    if (!QDir().rename(staging.path(), target.absoluteFilePath()))
        return ExportError::failed(QStringLiteral("%1: cannot be written").arg(path));
    staging.setAutoRemove(false);
    QFile::setPermissions(target.absoluteFilePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                              | QFileDevice::ExeOther);
    return written;
}

} // namespace annalist
