// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/TimeValueText.h"
#include "storage/EventRepository.h"
#include "storage/ProjectSignals.h"
#include "ui/chronology/EventEditor.h"

#include "ProjectFixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace annalist;
using annalist::test::ProjectFixture;

// The Event dock's time field on events whose time came from a source's words.
class TestEventEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void timeFromWordsReadsAsItsResolvedTime_data();
    void timeFromWordsReadsAsItsResolvedTime();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    QUndoStack m_undoStack;
};

void TestEventEditor::init()
{
    QVERIFY(m_fixture.create());
}

void TestEventEditor::cleanup()
{
    m_undoStack.clear();
    m_fixture.close();
}

void TestEventEditor::timeFromWordsReadsAsItsResolvedTime_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");
    QTest::addColumn<bool>("fromWords");

    // Ctrl+E on "… will meet next week" in a brief dated 27 Jan 2025.
    QTest::newRow("next week") << QStringLiteral("next week") << QDate(2025, 2, 3) << QDate(2025, 2, 9) << true;
    QTest::newRow("recently") << QStringLiteral("recently") << QDate(2025, 1, 1) << QDate(2025, 1, 27) << true;
    // Typed by the analyst: read as typed.
    QTest::newRow("a typed day") << QStringLiteral("2025-02-04") << QDate(2025, 2, 4) << QDate(2025, 2, 4) << false;
}

void TestEventEditor::timeFromWordsReadsAsItsResolvedTime()
{
    QFETCH(QString, expression);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    QFETCH(bool, fromWords);

    const qint64 id = m_fixture.addEvent(QStringLiteral("Talks"));
    auto event = m_fixture.project().events().find(id);
    QVERIFY(event);
    TimeValue time = TimeValue::between(QDateTime(earliest, QTime(0, 0), QTimeZone::utc()),
                                        QDateTime(latest, QTime(23, 59, 59, 999), QTimeZone::utc()));
    if (fromWords)
        time.setQualifier(TimeValue::Qualifier::Uncertain);
    time.setExpression(expression);
    event->time = time;
    QVERIFY(m_fixture.project().events().update(*event));

    EventEditor editor;
    editor.setProject(&m_fixture.project(), &m_signals, &m_undoStack);
    editor.showEvent(id);
    QCOMPARE(editor.timeEdit()->text(), expression);
    const QString reading = editor.timeReading()->text();
    QVERIFY2(!reading.contains(QStringLiteral("c62828")), qPrintable(reading));
    const auto stored = m_fixture.project().events().find(id);
    QVERIFY(stored);
    QVERIFY2(reading.contains(TimeValueText::describe(stored->time).toHtmlEscaped()), qPrintable(reading));
    QCOMPARE(reading.contains(QStringLiteral("\u201c%1\u201d").arg(expression)), fromWords);
    // Leaving the field as it is changes nothing.
    QVERIFY(!editor.commit());
    QCOMPARE(m_undoStack.count(), 0);
}

QTEST_MAIN(TestEventEditor)
#include "tst_eventeditor.moc"
