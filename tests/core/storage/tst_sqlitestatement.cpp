// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectFixture.h"
#include "TimeValueOutput.h"
#include "storage/SqliteStatement.h"

#include <QTest>

using namespace annalist;
using test::utc;

// SqliteStatement on a real project's connection: values as QSqlQuery would give them.
class TestSqliteStatement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsValues_data();
    void readsValues();
    void readsTimeColumns();
    void bindsPositionalAndNamedPlaceholders();
    void reportsErrors();

private:
    test::ProjectFixture m_project;
};

void TestSqliteStatement::init()
{
    QVERIFY(m_project.create());
}

void TestSqliteStatement::cleanup()
{
    m_project.close();
}

void TestSqliteStatement::readsValues_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("null");
    QTest::addColumn<qint64>("integer");
    QTest::addColumn<QString>("text");

    QTest::newRow("integer") << QStringLiteral("42") << false << qint64(42) << QStringLiteral("42");
    QTest::newRow("large integer") << QStringLiteral("1735689600000") << false << qint64(1735689600000)
                                   << QStringLiteral("1735689600000");
    QTest::newRow("null") << QStringLiteral("NULL") << true << qint64(0) << QString();
    QTest::newRow("ascii text") << QStringLiteral("'Wire Service'") << false << qint64(0)
                                << QStringLiteral("Wire Service");
    QTest::newRow("accents and CJK") << QStringLiteral("'Peña Nieto 北京'") << false << qint64(0)
                                     << QStringLiteral("Peña Nieto 北京");
    QTest::newRow("outside the BMP") << QStringLiteral("'map 🗺'") << false << qint64(0)
                                     << QStringLiteral("map 🗺");
    QTest::newRow("empty text") << QStringLiteral("''") << false << qint64(0) << QString();
}

void TestSqliteStatement::readsValues()
{
    QFETCH(QString, expression);
    QFETCH(bool, null);
    QFETCH(qint64, integer);
    QFETCH(QString, text);

    SqliteStatement statement(m_project->database());
    QVERIFY(statement.prepare(QStringLiteral("SELECT ") + expression));
    QVERIFY(statement.next());
    QCOMPARE(statement.isNull(0), null);
    QCOMPARE(statement.integer(0), integer);
    QCOMPARE(statement.text(0), text);
    QCOMPARE(QString::fromUtf8(statement.utf8(0)), text);
    QVERIFY(!statement.next());
    QVERIFY(!statement.failed());
}

void TestSqliteStatement::readsTimeColumns()
{
    Event event;
    event.title = QStringLiteral("Handover");
    event.time = TimeValue::between(utc(2024, 6, 2), utc(2024, 9, 30, 23, 59), TimeValue::Granularity::Day);
    event.time.setQualifier(TimeValue::Qualifier::Approximate);
    event.time.setExpression(QStringLiteral("over the summer"));
    event.time.setAnchor(QStringLiteral("2024-10-01"));
    ANNALIST_VERIFY_OK(m_project->events().add(event));
    Event open;
    open.title = QStringLiteral("Before the inauguration");
    open.time.setBounds({}, utc(2025, 1, 20));
    open.time.setGranularity(TimeValue::Granularity::Day);
    ANNALIST_VERIFY_OK(m_project->events().add(open));

    SqliteStatement statement(m_project->database());
    QVERIFY(statement.prepare(
        QStringLiteral("SELECT time_earliest, time_latest, time_granularity, time_qualifier, time_expression,"
                       " time_anchor FROM events ORDER BY id")));
    QVERIFY(statement.next());
    QCOMPARE(statement.time(0), event.time);
    QVERIFY(statement.next());
    QCOMPARE(statement.time(0), open.time);
    QVERIFY(!statement.time(0).earliest().isValid());
    QVERIFY(!statement.next());
}

void TestSqliteStatement::bindsPositionalAndNamedPlaceholders()
{
    SqliteStatement statement(m_project->database());
    QVERIFY(statement.prepare(QStringLiteral("SELECT ? * 10 + :event, :event")));
    statement.bind(1, 4);
    statement.bind(":event", 2);
    statement.bind(":absent", 99);
    QVERIFY(!statement.failed());
    QVERIFY(statement.next());
    QCOMPARE(statement.integer(0), qint64(42));
    QCOMPARE(statement.integer(1), qint64(2));
}

void TestSqliteStatement::reportsErrors()
{
    SqliteStatement statement(m_project->database());
    QVERIFY(!statement.prepare(QStringLiteral("SELECT title FROM nowhere")));
    QVERIFY(statement.failed());
    QVERIFY(!statement.next());
    const StorageError error = statement.error(QStringLiteral("read nowhere"));
    QCOMPARE(error.code, StorageError::Code::Database);
    // In the engine's own words.
    const QString reason = test::TestServer::backendIsPostgreSql()
        ? QStringLiteral("could not read nowhere: ERROR:  relation \"nowhere\" does not exist")
        : QStringLiteral("could not read nowhere: no such table: nowhere");
    QVERIFY2(error.message.startsWith(reason), qPrintable(error.message));

    // A closed connection has no handle to read with.
    QSqlDatabase closed;
    SqliteStatement detached(closed);
    QVERIFY(!detached.prepare(QStringLiteral("SELECT 1")));
    QVERIFY(detached.error(QStringLiteral("read")).message.contains(QStringLiteral("not an open SQLite database")));
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
