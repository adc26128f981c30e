// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IntegrityCheck.h"

#include "SqlErrors.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <sqlite3.h>

namespace annalist {

namespace {

std::atomic<qint64> limit { qint64(256) * 1024 * 1024 };

} // namespace

qint64 IntegrityCheck::limitBeforeOpening()
{
    return limit.load();
}

void IntegrityCheck::setLimitBeforeOpening(qint64 bytes)
{
    limit = bytes;
}

Result<QString> IntegrityCheck::run(QSqlDatabase &database)
{
    {
        const std::lock_guard lock(m_mutex);
        const QVariant handle = database.driver()->handle();
        if (m_stopped)
            return StorageError { StorageError::Code::Cancelled, QStringLiteral("the check for damage was stopped") };
        m_running = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
            ? *static_cast<void *const *>(handle.data())
            : nullptr;
    }
    QSqlQuery query(database);
    query.setForwardOnly(true);
    const bool ran = query.exec(QStringLiteral("PRAGMA quick_check"));
    QStringList verdicts;
    while (ran && query.next())
        verdicts.append(query.value(0).toString());
    const bool failed = !ran || query.lastError().isValid();
    bool stopped = false;
    {
        const std::lock_guard lock(m_mutex);
        m_running = nullptr;
        stopped = m_stopped;
    }
    if (stopped)
        return StorageError { StorageError::Code::Cancelled, QStringLiteral("the check for damage was stopped") };
    if (failed) {
        StorageError error = sqlError(query, QStringLiteral("check %1 for damage").arg(database.databaseName()));
        if (error.code == StorageError::Code::NotAProject)
            error.code = StorageError::Code::Corrupt;
        if (error.code == StorageError::Code::Corrupt)
            error.message = query.lastError().databaseText();
        return error;
    }
    if (verdicts == QStringList { QStringLiteral("ok") })
        return QString();
    return verdicts.join(QStringLiteral("; "));
}

void IntegrityCheck::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    if (m_running)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_running));
}

QString IntegrityCheck::damageBeforeOpening(const QString &fileName, const QString &damage)
{
    return QStringLiteral(
               "%1 is damaged and cannot be opened (%2). The file was not changed; restore it from a backup.")
        .arg(fileName, damage);
}

} // namespace annalist
