// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/ChangeAttribution.h"

#include <QTest>
#include <QTimeZone>

using namespace annalist;

class TestChangeAttribution : public QObject
{
    Q_OBJECT

private slots:
    void describe_data();
    void describe();
};

void TestChangeAttribution::describe_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nobody: a proposal") << QString() << qint64(30) << QString();
    QTest::newRow("you, just now") << QStringLiteral("rex") << qint64(20) << QStringLiteral("by you, just now");
    QTest::newRow("a clock ahead") << QStringLiteral("ada") << qint64(-40) << QStringLiteral("by ada, just now");
    QTest::newRow("one minute") << QStringLiteral("ada") << qint64(61) << QStringLiteral("by ada, 1 min ago");
    QTest::newRow("minutes") << QStringLiteral("ada") << qint64(59 * 60 + 59) << QStringLiteral("by ada, 59 min ago");
    QTest::newRow("hours") << QStringLiteral("ada") << qint64(2 * 3600 + 10) << QStringLiteral("by ada, 2 h ago");
    QTest::newRow("days") << QStringLiteral("ada") << qint64(3 * 86400 + 100) << QStringLiteral("by ada, 3 days ago");
}

void TestChangeAttribution::describe()
{
    QFETCH(QString, who);
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 12, 7), QTime(15, 0), QTimeZone::utc());
    const qint64 at = now.addSecs(-secondsAgo).toMSecsSinceEpoch();
    QCOMPARE(ChangeAttribution::describe(who, at, QStringLiteral("rex"), now), expected);
}

QTEST_GUILESS_MAIN(TestChangeAttribution)
#include "tst_changeattribution.moc"
