// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SqliteStatement.h"

#include "SqlErrors.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <sqlite3.h>

namespace annalist {

namespace {

sqlite3 *connectionOf(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QDateTime boundAt(sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return {};
        // Not QTimeZone::utc(): in Qt 6.4 it gives every QDateTime a time zone object of its
        // own, which a load of a hundred thousand times feels. Qt 6.5 has a light UTC value
        // and deprecates the time spec.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, column), QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, column), Qt::UTC);
#endif
}

} // namespace

SqliteStatement::SqliteStatement(const QSqlDatabase &database)
    : m_database(database)
    , m_connection(connectionOf(database))
{ }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QString SqliteStatement::positionalOnly(const QString &sql)
{
    m_positional.clear();
    m_named.clear();
    QString written;
    written.reserve(sql.size());
    int placeholders = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            quote = c == quote ? QChar() : quote;
            written.append(c);
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            written.append(c);
        } else if (c == u'?') {
            m_positional.append(placeholders++);
            written.append(c);
        } else if (c == u':' && i + 1 < sql.size() && (sql.at(i + 1).isLetter() || sql.at(i + 1) == u'_')
                   && (i == 0 || sql.at(i - 1) != u':')) {
            qsizetype end = i + 1;
            while (end < sql.size() && (sql.at(end).isLetterOrNumber() || sql.at(end) == u'_'))
                ++end;
            m_named[sql.sliced(i, end - i).toLatin1()].append(placeholders++);
            written.append(u'?');
            i = end - 1;
        } else {
            written.append(c);
        }
    }
    return written;
}

bool SqliteStatement::prepare(const QString &sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_failed = true;
    if (!m_connection) {
        if (!m_database.isOpen())
            return false;
        m_query = std::make_unique<QSqlQuery>(m_database);
        m_query->setForwardOnly(true);
        m_failed = !m_query->prepare(positionalOnly(sql));
        m_executed = false;
        return !m_failed;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_connection, utf8.constData(), static_cast<int>(utf8.size()), &m_statement, nullptr)
        != SQLITE_OK)
        return false;
    m_failed = false;
    return true;
}

void SqliteStatement::bind(int position, qint64 value)
{
    if (m_query) {
        if (position >= 1 && position <= m_positional.size())
            m_query->bindValue(m_positional.at(position - 1), value);
        m_executed = false;
        return;
    }
    if (m_statement && sqlite3_bind_int64(m_statement, position, value) != SQLITE_OK)
        m_failed = true;
}

void SqliteStatement::bind(const char *name, qint64 value)
{
    if (m_query) {
        for (int index : m_named.value(QByteArray(name)))
            m_query->bindValue(index, value);
        m_executed = false;
        return;
    }
    if (!m_statement)
        return;
    if (const int position = sqlite3_bind_parameter_index(m_statement, name); position > 0)
        bind(position, value);
}

bool SqliteStatement::next()
{
    if (m_query) {
        m_utf8.clear();
        if (m_failed)
            return false;
        if (!m_executed) {
            m_executed = true;
            if (!m_query->exec()) {
                m_failed = true;
                return false;
            }
        }
        if (m_query->next())
            return true;
        m_failed = m_query->lastError().isValid();
        m_executed = false;
        return false;
    }
    if (!m_statement || m_failed)
        return false;
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    m_failed = status != SQLITE_DONE;
    return false;
}

StorageError SqliteStatement::error(const QString &doing) const
{
    if (m_query)
        return sqlError(*m_query, doing);
    if (!m_connection)
        return StorageError { StorageError::Code::Database,
                              QStringLiteral("could not %1: the project is not an open SQLite database").arg(doing) };
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_connection));
    return sqlError(QSqlError(QString(), reason, QSqlError::StatementError,
                              QString::number(sqlite3_extended_errcode(m_connection))),
                    doing);
}

bool SqliteStatement::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const QByteArrayView bytes = utf8(column);
    return bytes.isEmpty() ? QString() : QString::fromUtf8(bytes);
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    if (m_query) {
        auto cached = m_utf8.find(column);
        if (cached == m_utf8.end())
            cached = m_utf8.insert(column, m_query->value(column).toString().toUtf8());
        return QByteArrayView(*cached);
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

TimeValue SqliteStatement::time(int column) const
{
    if (m_query) {
        const auto at = [this](int index) {
            return m_query->isNull(index)
                ? QDateTime()
                : QDateTime::fromMSecsSinceEpoch(m_query->value(index).toLongLong(), QTimeZone::utc());
        };
        TimeValue value;
        value.setBounds(at(column), at(column + 1));
        value.setGranularity(static_cast<TimeValue::Granularity>(m_query->value(column + 2).toInt()));
        value.setQualifier(static_cast<TimeValue::Qualifier>(m_query->value(column + 3).toInt()));
        value.setExpression(text(column + 4));
        value.setAnchor(text(column + 5));
        return value;
    }
    TimeValue value;
    value.setBounds(boundAt(m_statement, column), boundAt(m_statement, column + 1));
    value.setGranularity(static_cast<TimeValue::Granularity>(sqlite3_column_int(m_statement, column + 2)));
    value.setQualifier(static_cast<TimeValue::Qualifier>(sqlite3_column_int(m_statement, column + 3)));
    value.setExpression(text(column + 4));
    value.setAnchor(text(column + 5));
    return value;
}

} // namespace annalist
