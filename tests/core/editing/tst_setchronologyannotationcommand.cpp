// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/SetChronologyAnnotationCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"
#include "TimeValueOutput.h"

#include "model/ChronologyAnnotation.h"
#include "storage/ChronologyAnnotationRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace annalist;
using annalist::test::ProjectFixture;
using annalist::test::utc;

namespace {

const QColor gold(0xff, 0xd7, 0x00);
const QColor red(0xff, 0x00, 0x00);

} // namespace

class TestSetChronologyAnnotationCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sets_data();
    void sets();
    void onlyTheOldestAnnotationChanges();
    void unknownEventFails();
    void undoStackRoundTrip();

private:
    QList<ChronologyAnnotation> annotations(qint64 eventId);
    qint64 annotate(qint64 eventId, const QString &comment, const QColor &highlight, const QDateTime &createdAt);

    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_event = 0;
    qint64 m_other = 0;
};

void TestSetChronologyAnnotationCommand::init()
{
    QVERIFY(m_fixture.create());
    m_event = m_fixture.addEvent(QStringLiteral("Rubio meets Sheinbaum"));
    m_other = m_fixture.addEvent(QStringLiteral("Press conference"));
    QVERIFY(m_event && m_other);
    // Another event's annotation, which must never change.
    QVERIFY(annotate(m_other, QStringLiteral("Other"), gold, utc(2025, 1, 1)) > 0);
}

void TestSetChronologyAnnotationCommand::cleanup()
{
    m_fixture.close();
}

QList<ChronologyAnnotation> TestSetChronologyAnnotationCommand::annotations(qint64 eventId)
{
    const Result<QList<ChronologyAnnotation>> listed = m_fixture.project().annotations().listForEvent(eventId);
    return listed ? *listed : QList<ChronologyAnnotation> {};
}

qint64 TestSetChronologyAnnotationCommand::annotate(qint64 eventId, const QString &comment, const QColor &highlight,
                                                    const QDateTime &createdAt)
{
    ChronologyAnnotation annotation;
    annotation.eventId = eventId;
    annotation.comment = comment;
    annotation.highlight = highlight;
    annotation.createdAt = createdAt;
    const Result<qint64> id = m_fixture.project().annotations().add(annotation);
    return id ? *id : 0;
}

void TestSetChronologyAnnotationCommand::sets_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<QString>("oldComment");
    QTest::addColumn<QColor>("oldHighlight");
    QTest::addColumn<bool>("setComment");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<bool>("setHighlight");
    QTest::addColumn<QColor>("highlight");
    // What the event has afterwards; no row when both are empty.
    QTest::addColumn<QString>("expectedComment");
    QTest::addColumn<QColor>("expectedHighlight");
    QTest::addColumn<QString>("text");

    const QString none;
    QTest::newRow("first comment") << false << none << QColor() << true << QStringLiteral("Check the place") << false
                                   << QColor() << QStringLiteral("Check the place") << QColor()
                                   << QStringLiteral("Comment on \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("first highlight") << false << none << QColor() << false << none << true << gold << QString() << gold
                                     << QStringLiteral("Highlight \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("both at once, comment trimmed")
        << false << none << QColor() << true << QStringLiteral("  Key  ") << true << gold << QStringLiteral("Key")
        << gold << QStringLiteral("Annotate \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("empty comment makes nothing")
        << false << none << QColor() << true << QString() << false << QColor() << QString() << QColor()
        << QStringLiteral("Comment on \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("new comment keeps the highlight")
        << true << QStringLiteral("Old") << red << true << QStringLiteral("New") << false << QColor()
        << QStringLiteral("New") << red << QStringLiteral("Comment on \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("highlight removed, comment kept")
        << true << QStringLiteral("Old") << red << false << none << true << QColor() << QStringLiteral("Old")
        << QColor() << QStringLiteral("Remove the highlight of \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("highlight changed") << true << QStringLiteral("Old") << red << false << none << true << gold
                                       << QStringLiteral("Old") << gold
                                       << QStringLiteral("Highlight \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("last comment removed")
        << true << QStringLiteral("Old") << QColor() << true << QString() << false << QColor() << QString() << QColor()
        << QStringLiteral("Comment on \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("both removed") << true << QStringLiteral("Old") << red << true << QString() << true << QColor()
                                  << QString() << QColor()
                                  << QStringLiteral("Annotate \u201cRubio meets Sheinbaum\u201d");
}

void TestSetChronologyAnnotationCommand::sets()
{
    QFETCH(bool, existing);
    QFETCH(QString, oldComment);
    QFETCH(QColor, oldHighlight);
    QFETCH(bool, setComment);
    QFETCH(QString, comment);
    QFETCH(bool, setHighlight);
    QFETCH(QColor, highlight);
    QFETCH(QString, expectedComment);
    QFETCH(QColor, expectedHighlight);
    QFETCH(QString, text);

    qint64 existingId = 0;
    if (existing) {
        existingId = annotate(m_event, oldComment, oldHighlight, utc(2025, 2, 1, 9, 0).addMSecs(5));
        QVERIFY(existingId > 0);
    }
    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::annotationsChanged);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);

    SetChronologyAnnotationCommand command(m_fixture.project(), m_signals, m_event,
                                           setComment ? std::optional<QString>(comment) : std::nullopt,
                                           setHighlight ? std::optional<QColor>(highlight) : std::nullopt);
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(command.text(), text);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_event);

    const QList<ChronologyAnnotation> after = annotations(m_event);
    const bool expectRow = !expectedComment.isEmpty() || expectedHighlight.isValid();
    QCOMPARE(after.size(), expectRow ? 1 : 0);
    if (expectRow) {
        QCOMPARE(after.first().comment, expectedComment.isNull() ? QStringLiteral("") : expectedComment);
        QCOMPARE(after.first().highlight.isValid(), expectedHighlight.isValid());
        if (expectedHighlight.isValid())
            QCOMPARE(after.first().highlight, expectedHighlight);
        if (existing)
            QCOMPARE(after.first().id, existingId);
    }
    const QStringList changedState = m_fixture.dump();

    command.undo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(m_fixture.dump(), original);
    // Redo gives the very same rows: a made annotation keeps its id and creation time.
    command.redo();
    QCOMPARE(m_fixture.dump(), changedState);
    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(annotations(m_other).size(), 1);
}

void TestSetChronologyAnnotationCommand::onlyTheOldestAnnotationChanges()
{
    const qint64 oldest = annotate(m_event, QStringLiteral("First"), QColor(), utc(2025, 1, 1));
    const qint64 newer = annotate(m_event, QStringLiteral("Second"), red, utc(2025, 1, 2));
    QVERIFY(oldest && newer);
    const QStringList original = m_fixture.dump();

    SetChronologyAnnotationCommand command(m_fixture.project(), m_signals, m_event, QStringLiteral("Changed"), gold);
    command.redo();
    QVERIFY(!command.hasFailed());
    const QList<ChronologyAnnotation> after = annotations(m_event);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(0).id, oldest);
    QCOMPARE(after.at(0).comment, QStringLiteral("Changed"));
    QCOMPARE(after.at(0).highlight, gold);
    QCOMPARE(after.at(1).id, newer);
    QCOMPARE(after.at(1).comment, QStringLiteral("Second"));
    QCOMPARE(after.at(1).highlight, red);
    command.undo();
    QCOMPARE(m_fixture.dump(), original);
}

void TestSetChronologyAnnotationCommand::unknownEventFails()
{
    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::annotationsChanged);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    SetChronologyAnnotationCommand command(m_fixture.project(), m_signals, 9999, QStringLiteral("Lost"), gold);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
}

void TestSetChronologyAnnotationCommand::undoStackRoundTrip()
{
    const QStringList original = m_fixture.dump();
    QUndoStack stack;
    stack.push(new SetChronologyAnnotationCommand(m_fixture.project(), m_signals, m_event, QStringLiteral("Check"),
                                                  std::nullopt));
    stack.push(new SetChronologyAnnotationCommand(m_fixture.project(), m_signals, m_event, std::nullopt, gold));
    stack.push(new SetChronologyAnnotationCommand(m_fixture.project(), m_signals, m_event, QString(), QColor()));
    QCOMPARE(stack.count(), 3);
    QVERIFY(annotations(m_event).isEmpty());

    stack.undo();
    QCOMPARE(annotations(m_event).size(), 1);
    QCOMPARE(annotations(m_event).first().comment, QStringLiteral("Check"));
    QCOMPARE(annotations(m_event).first().highlight, gold);
    const qint64 id = annotations(m_event).first().id;
    stack.undo();
    QCOMPARE(annotations(m_event).first().highlight.isValid(), false);
    stack.undo();
    QCOMPARE(m_fixture.dump(), original);
    stack.redo();
    stack.redo();
    QCOMPARE(annotations(m_event).first().id, id);
    stack.redo();
    QVERIFY(annotations(m_event).isEmpty());
}

QTEST_GUILESS_MAIN(TestSetChronologyAnnotationCommand)
#include "tst_setchronologyannotationcommand.moc"
