// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WriteTransaction.h"

#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QHash>
#include <QMutex>
#include <QSqlQuery>

namespace annalist {

namespace {

struct Nesting
{
    int depth = 0;
    bool failed = false;
};

// Keyed by connection name; a connection is used by one thread at a time.
QMutex nestingMutex;
QHash<QString, Nesting> nestingByConnection;

Nesting &nestingFor(const QSqlDatabase &database)
{
    return nestingByConnection[database.connectionName()];
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase database)
    : m_database(std::move(database))
{
    QMutexLocker locker(&nestingMutex);
    Nesting &nesting = nestingFor(m_database);
    if (nesting.depth == 0) {
        QSqlQuery query(m_database);
        if (!query.exec(SqlDialect::of(m_database).beginWrite())) {
            m_error = sqlError(query, QStringLiteral("start a change"));
            return;
        }
        m_outermost = true;
        nesting.failed = false;
    }
    ++nesting.depth;
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        finish(false);
}

void WriteTransaction::finish(bool committed)
{
    QMutexLocker locker(&nestingMutex);
    Nesting &nesting = nestingFor(m_database);
    --nesting.depth;
    m_open = false;
    if (!committed)
        nesting.failed = true;
    if (m_outermost && !committed) {
        QSqlQuery query(m_database);
        query.exec(QStringLiteral("ROLLBACK"));
    }
    if (nesting.depth == 0)
        nestingByConnection.remove(m_database.connectionName());
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_error;
    if (!m_outermost) {
        finish(true);
        return ok();
    }
    bool innerFailed = false;
    {
        QMutexLocker locker(&nestingMutex);
        innerFailed = nestingFor(m_database).failed;
    }
    if (innerFailed) {
        finish(false);
        return StorageError { StorageError::Code::Database,
                              QStringLiteral("part of the change failed, so none of it was saved") };
    }
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const StorageError error = sqlError(query, QStringLiteral("save the change"));
        finish(false);
        return error;
    }
    finish(true);
    return ok();
}

} // namespace annalist
