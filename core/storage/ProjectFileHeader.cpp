// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectFileHeader.h"

#include "SchemaMigrations.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace annalist {

namespace {
constexpr qsizetype headerSize = 100;
constexpr qsizetype userVersionOffset = 60;
constexpr qsizetype applicationIdOffset = 68;
} // namespace

ProjectFileHeader ProjectFileHeader::read(const QString &path)
{
    ProjectFileHeader header;
    const QFileInfo info(path);
    if (!info.exists()) {
        header.kind = Kind::Missing;
        return header;
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        header.kind = Kind::Unreadable;
        header.reason = info.isDir() ? QStringLiteral("it is a folder") : file.errorString();
        return header;
    }
    const QByteArray bytes = file.read(headerSize);
    if (bytes.isEmpty()) {
        header.kind = Kind::Empty;
        return header;
    }
    if (bytes.size() < headerSize || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        header.kind = Kind::NotSqlite;
        return header;
    }
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + userVersionOffset);
    header.applicationId = qFromBigEndian<qint32>(bytes.constData() + applicationIdOffset);
    header.kind = header.applicationId == SchemaMigrations::applicationId ? Kind::Project : Kind::ForeignSqlite;
    return header;
}

} // namespace annalist
