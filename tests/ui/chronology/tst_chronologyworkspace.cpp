// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "analysis/ProjectAnalyzer.h"
#include "chronology/RoleTable.h"
#include "ingest/SourceImporter.h"
#include "itemmodels/ChronologyModel.h"
#include "model/TimeValueText.h"
#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/TimexRepository.h"
#include "ui/chronology/ChronologyPanel.h"
#include "ui/chronology/ChronologyWorkspace.h"
#include "ui/chronology/ConflictsPanel.h"
#include "ui/chronology/EventEditor.h"
#include "ui/chronology/SourceDatingDialog.h"
#include "ui/entities/EntityDock.h"
#include "ui/reader/ReaderArea.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/ReaderView.h"
#include "ui/shell/MainWindow.h"
#include "ui/timeline/TimelineEventItem.h"
#include "ui/timeline/TimelinePanel.h"
#include "ui/timeline/TimelineView.h"
#include "ui/widgets/ElidedLabel.h"

#include "storage/ProjectSignals.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace annalist;

// The chronology as an analyst builds it from the seed articles: an event made from a
// selection, evidence from a second pane, its time edited and undone, with the table,
// the timeline and the project file following.
class TestChronologyWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createEventFromSelectionThenEvidenceTimeAndUndo();
    void filtersNarrowTableAndTimeline_data();
    void filtersNarrowTableAndTimeline();
    void selectionIsFollowedEverywhere_data();
    void selectionIsFollowedEverywhere();
    void annotationAndDeletionAreUndoable();
    void conflictingPassagesAreListedAndCompared();
    void acceptingInferredWindowResolvesRelativeTimes();
    void rolesTableImportsThroughTheUndoStack();

private:
    qint64 sourceIdContaining(const QString &text);
    void select(ReaderPane *pane, const QString &text);
    qint64 makeEvent(const QString &sourceText, const QString &passage);
    ChronologyWorkspace *workspace() const;
    void setTime(const QString &text);

    QTemporaryDir m_dir;
    QString m_seeds;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestChronologyWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    m_seeds = test::seedsDirectory();
    if (m_seeds.isEmpty())
        QSKIP("the shared seed articles are not beside this checkout");
}

void TestChronologyWorkspace::init()
{
    QSettings().clear();
    static int counter = 0;
    m_path = m_dir.filePath(QStringLiteral("chronology-%1.annalist").arg(++counter));
    {
        auto project = Project::create(m_path);
        QVERIFY(project);
        SourceImporter importer(**project);
        QCOMPARE(importer.importPaths({ m_seeds }).count(ImportOutcome::Kind::Imported), 5);
        ProjectAnalyzer analyzer(**project);
        QVERIFY(analyzer.analyze());
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
}

void TestChronologyWorkspace::cleanup()
{
    m_window.reset();
}

ChronologyWorkspace *TestChronologyWorkspace::workspace() const
{
    return m_window->chronologyWorkspace();
}

qint64 TestChronologyWorkspace::sourceIdContaining(const QString &text)
{
    const auto list = m_window->project()->sources().list();
    for (const SourceSummary &summary : *list) {
        if (m_window->project()->sources().body(summary.id)->contains(text))
            return summary.id;
    }
    return 0;
}

void TestChronologyWorkspace::select(ReaderPane *pane, const QString &text)
{
    const int start = pane->view()->toPlainText().indexOf(text);
    QVERIFY2(start >= 0, qPrintable(text));
    QTextCursor cursor = pane->view()->textCursor();
    cursor.setPosition(start);
    cursor.setPosition(start + text.size(), QTextCursor::KeepAnchor);
    pane->view()->setTextCursor(cursor);
    pane->view()->setFocus();
    m_window->readerArea()->setCurrentPane(pane);
}

qint64 TestChronologyWorkspace::makeEvent(const QString &sourceText, const QString &passage)
{
    ReaderPane *pane = m_window->openSource(sourceIdContaining(sourceText));
    if (!pane)
        return 0;
    select(pane, passage);
    return workspace()->createEventFromSelection();
}

void TestChronologyWorkspace::setTime(const QString &text)
{
    QLineEdit *time = workspace()->editor()->timeEdit();
    time->setFocus();
    time->selectAll();
    QTest::keyClicks(time, text);
    QTest::keyClick(time, Qt::Key_Return);
    // The views read the chronology again once the edit's signals are through.
    QCoreApplication::processEvents();
}

void TestChronologyWorkspace::createEventFromSelectionThenEvidenceTimeAndUndo()
{
    const QString meeting
        = QStringLiteral("U.S. Senator Marco Rubio met with Mexico's President-elect Claudia Sheinbaum "
                         "in Mexico City");
    const qint64 first = sourceIdContaining(meeting);
    const qint64 second = sourceIdContaining(QStringLiteral("scheduled to visit Mexico next week"));
    QVERIFY(first && second && first != second);
    ReaderPane *left = m_window->openSource(first);
    QVERIFY(left);
    select(left, meeting);

    // Ctrl+E, as the analyst would press it in the reader.
    QTest::keyClick(left->view(), Qt::Key_E, Qt::ControlModifier);
    const auto events = m_window->project()->events().list();
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    const Event created = events->first();
    QVERIFY2(created.title.contains(QStringLiteral("Rubio met with")), qPrintable(created.title));
    QStringList participants;
    for (const EventParticipant &participant : created.participants)
        participants << m_window->project()->entities().find(participant.entityId)->canonicalName;
    QVERIFY2(participants.contains(QStringLiteral("Marco Rubio")), qPrintable(participants.join(u',')));
    QVERIFY2(participants.contains(QStringLiteral("Claudia Sheinbaum")), qPrintable(participants.join(u',')));
    QCOMPARE(m_window->project()->entities().find(created.placeEntityId)->canonicalName, QStringLiteral("Mexico City"));
    QCOMPARE(m_window->project()->evidence().listForEvent(created.id)->size(), 1);
    QCOMPARE(workspace()->editor()->eventId(), created.id);
    QCOMPARE(workspace()->editor()->titleEdit()->text(), created.title);
    QCOMPARE(workspace()->model()->rowCount(), 1);

    // Evidence from a second pane.
    ReaderPane *right = m_window->openSource(second, true);
    QVERIFY(right && right != left);
    select(right, QStringLiteral("scheduled to visit Mexico next week"));
    QVERIFY(workspace()->editor()->addSelectionAsEvidence(Evidence::Stance::Supports));
    const auto evidence = m_window->project()->evidence().listForEvent(created.id);
    QCOMPARE(evidence->size(), 2);
    QTRY_COMPARE(workspace()->editor()->evidenceTable()->rowCount(), 2);
    bool fromSecond = false;
    for (const Evidence &item : *evidence)
        fromSecond = fromSecond
            || (item.sourceId == second && item.quote == QStringLiteral("scheduled to visit Mexico next week"));
    QVERIFY(fromSecond);

    // The time typed in words; the timeline item sits at its day.
    TimelineView *timeline = workspace()->timelinePanel()->view();
    setTime(QStringLiteral("2024-08-20"));
    QCOMPARE(m_window->project()->events().find(created.id)->time.toEdtf(), QStringLiteral("2024-08-20"));
    QVERIFY(workspace()->editor()->timeReading()->text().contains(QStringLiteral("20 Aug 2024")));
    QTRY_COMPARE(timeline->extentsOf(created.id).size(), 1);
    const double before = timeline->extentsOf(created.id).first().start;
    QCOMPARE(before, timeline->xOf(QDateTime(QDate(2024, 8, 20), QTime(0, 0), QTimeZone::utc())));

    setTime(QStringLiteral("late September 2024"));
    QCOMPARE(m_window->project()->events().find(created.id)->time.earliest().date(), QDate(2024, 9, 21));
    QTRY_VERIFY(timeline->extentsOf(created.id).size() == 1 && timeline->extentsOf(created.id).first().start > before);

    m_window->undoStack()->undo();
    QCOMPARE(m_window->project()->events().find(created.id)->time.toEdtf(), QStringLiteral("2024-08-20"));
    QTRY_COMPARE(timeline->extentsOf(created.id).first().start, before);
    QCOMPARE(workspace()->editor()->timeEdit()->text(), QStringLiteral("2024-08-20"));

    // Undo the first time, the evidence and the event itself; redo brings the event
    // back under its id.
    m_window->undoStack()->undo();
    QVERIFY(!m_window->project()->events().find(created.id)->time.isKnown());
    QTRY_VERIFY(timeline->extentsOf(created.id).isEmpty());
    m_window->undoStack()->undo();
    QCOMPARE(m_window->project()->evidence().listForEvent(created.id)->size(), 1);
    m_window->undoStack()->undo();
    QVERIFY(m_window->project()->events().list()->isEmpty());
    QTRY_COMPARE(workspace()->model()->rowCount(), 0);
    m_window->undoStack()->redo();
    QCOMPARE(m_window->project()->events().list()->first().id, created.id);
    QTRY_COMPARE(workspace()->model()->rowCount(), 1);

    QAbstractItemModelTester tester(workspace()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->undoStack()->redo();
    m_window->undoStack()->redo();
    QTRY_VERIFY(!timeline->extentsOf(created.id).isEmpty());
    QCOMPARE(timeline->extentsOf(created.id).first().start, before);

    // On disk after the window closes.
    m_window->closeProject();
    auto reopened = Project::open(m_path);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->evidence().listForEvent(created.id)->size(), 2);
    QCOMPARE((*reopened)->events().find(created.id)->time.toEdtf(), QStringLiteral("2024-08-20"));
}

void TestChronologyWorkspace::filtersNarrowTableAndTimeline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no filter") << QString() << QString() << QString()
                               << QStringList { QStringLiteral("Mexico City talks"), QStringLiteral("Washington talks"),
                                                QStringLiteral("Trip to Ecuador") };
    QTest::newRow("words") << QStringLiteral("talks") << QString() << QString()
                           << QStringList { QStringLiteral("Mexico City talks"), QStringLiteral("Washington talks") };
    QTest::newRow("time range") << QString() << QStringLiteral("2025") << QString()
                                << QStringList { QStringLiteral("Trip to Ecuador") };
    QTest::newRow("range and words") << QStringLiteral("washington") << QStringLiteral("2024-06")
                                     << QStringLiteral("2024-12") << QStringList { QStringLiteral("Washington talks") };
    QTest::newRow("nothing") << QStringLiteral("zeppelin") << QString() << QString() << QStringList {};
}

void TestChronologyWorkspace::filtersNarrowTableAndTimeline()
{
    QFETCH(QString, text);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);

    const QList<std::tuple<QString, QString, QString, QString>> made = {
        { QStringLiteral("President-elect Claudia Sheinbaum in Mexico City"),
          QStringLiteral("Sheinbaum in Mexico City"), QStringLiteral("Mexico City talks"), QStringLiteral("2024-08") },
        { QStringLiteral("Security Cabinet is set to meet"),
          QStringLiteral("set to meet with U.S. Senator Marco Rubio"), QStringLiteral("Washington talks"),
          QStringLiteral("2024-10") },
        { QStringLiteral("three-day trip to Mexico and Ecuador"),
          QStringLiteral("three-day trip to Mexico and Ecuador"), QStringLiteral("Trip to Ecuador"),
          QStringLiteral("early 2025") },
    };
    for (const auto &[sourceText, passage, title, time] : made) {
        QVERIFY(makeEvent(sourceText, passage));
        QLineEdit *titleEdit = workspace()->editor()->titleEdit();
        titleEdit->setFocus();
        titleEdit->selectAll();
        QTest::keyClicks(titleEdit, title);
        QTest::keyClick(titleEdit, Qt::Key_Return);
        setTime(time);
    }
    QTRY_COMPARE(workspace()->model()->rowCount(), 3);

    ChronologyPanel *panel = workspace()->chronologyPanel();
    panel->textFilter()->setText(text);
    panel->fromFilter()->setText(from);
    panel->toFilter()->setText(to);
    QMetaObject::invokeMethod(panel->fromFilter(), "editingFinished");
    QTRY_COMPARE(workspace()->model()->filter().text, text);

    QStringList shown;
    for (int row = 0; row < workspace()->model()->rowCount(); ++row)
        shown << workspace()->model()->entryAt(row)->event.title;
    QCOMPARE(shown, expected);
    // The timeline shows what the table shows.
    TimelineView *timeline = workspace()->timelinePanel()->view();
    for (int row = 0; row < workspace()->model()->rowCount(); ++row)
        QCOMPARE(timeline->extentsOf(workspace()->model()->entryAt(row)->event.id).size(), 1);
    QCOMPARE(timeline->placedCount(), expected.size());
    // Fitted, every event is in view and has its item on the scene.
    timeline->fitAll();
    QCOMPARE(timeline->liveItems().size(), expected.size());
}

void TestChronologyWorkspace::selectionIsFollowedEverywhere_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("click in the table") << QStringLiteral("table");
    QTest::newRow("conflicts or other views") << QStringLiteral("signal");
}

void TestChronologyWorkspace::selectionIsFollowedEverywhere()
{
    QFETCH(QString, where);
    const QList<std::tuple<QString, QString, QString>> made = {
        { QStringLiteral("President-elect Claudia Sheinbaum in Mexico City"),
          QStringLiteral("Sheinbaum in Mexico City"), QStringLiteral("2019-03-02") },
        { QStringLiteral("three-day trip to Mexico and Ecuador"),
          QStringLiteral("three-day trip to Mexico and Ecuador"), QStringLiteral("2025-02-03") },
    };
    QList<qint64> ids;
    for (const auto &[sourceText, passage, time] : made) {
        ids << makeEvent(sourceText, passage);
        QVERIFY(ids.last());
        setTime(time);
    }
    QTRY_COMPARE(workspace()->model()->rowCount(), 2);
    // The entities in front of the Event dock, the timeline zoomed in to days.
    m_window->entityDock()->parentWidget()->raise();
    QCoreApplication::processEvents();
    QDockWidget *eventDock = workspace()->docks().at(0);
    QVERIFY(eventDock->visibleRegion().isEmpty());
    TimelineView *timeline = workspace()->timelinePanel()->view();
    timeline->fitAll();
    timeline->zoomBy(200);

    const auto inView = [timeline](qint64 id) {
        for (QGraphicsItem *item : timeline->items()) {
            auto *event = dynamic_cast<TimelineEventItem *>(item);
            if (event && event->eventId() == id) {
                const QRect shown = timeline->mapFromScene(event->sceneBoundingRect()).boundingRect();
                return timeline->viewport()->rect().contains(shown.topLeft() + QPoint(2, 2));
            }
        }
        return false;
    };
    for (const qint64 id : ids) {
        if (where == QStringLiteral("table")) {
            QTableView *table = workspace()->chronologyPanel()->view();
            const int row = workspace()->model()->rowOfEvent(id);
            const QRect cell = table->visualRect(table->model()->index(row, 1));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        } else {
            workspace()->selectEvent(id);
        }
        QCOMPARE(workspace()->editor()->eventId(), id);
        QTRY_VERIFY(!eventDock->visibleRegion().isEmpty());
        QTRY_VERIFY(inView(id));
        m_window->entityDock()->parentWidget()->raise();
        QCoreApplication::processEvents();
    }

    // An edited time moves the event; the timeline goes with it.
    workspace()->selectEvent(ids.first());
    setTime(QStringLiteral("2012-06-01"));
    QTRY_VERIFY(inView(ids.first()));
}

void TestChronologyWorkspace::annotationAndDeletionAreUndoable()
{
    const qint64 id = makeEvent(QStringLiteral("three-day trip to Mexico and Ecuador"),
                                QStringLiteral("three-day trip to Mexico and Ecuador"));
    QVERIFY(id);
    ChronologyPanel *panel = workspace()->chronologyPanel();
    QTRY_VERIFY(panel->selectEvent(id));
    panel->commentSelected(QStringLiteral("Check against the State Department schedule"));
    panel->highlightSelected(QColor(0xf6, 0xd8, 0x5c));
    QTRY_COMPARE(workspace()->model()->entryAt(0)->comment,
                 QStringLiteral("Check against the State Department schedule"));
    QTRY_COMPARE(workspace()->model()->entryAt(0)->highlight, QColor(0xf6, 0xd8, 0x5c));
    QCOMPARE(
        workspace()->model()->data(workspace()->model()->index(0, 0), Qt::BackgroundRole).value<QColor>().isValid(),
        true);
    m_window->undoStack()->undo();
    QTRY_VERIFY(!workspace()->model()->entryAt(0)->highlight.isValid());
    QCOMPARE(workspace()->model()->entryAt(0)->comment, QStringLiteral("Check against the State Department schedule"));

    workspace()->deleteEvent(id);
    QVERIFY(m_window->project()->events().list()->isEmpty());
    QTRY_COMPARE(workspace()->model()->rowCount(), 0);
    m_window->undoStack()->undo();
    QTRY_COMPARE(workspace()->model()->rowCount(), 1);
    QCOMPARE(workspace()->model()->entryAt(0)->comment, QStringLiteral("Check against the State Department schedule"));
    QCOMPARE(m_window->project()->evidence().listForEvent(id)->size(), 1);
}

void TestChronologyWorkspace::conflictingPassagesAreListedAndCompared()
{
    // One meeting, placed in Mexico City by one article and in Washington by another.
    const qint64 id
        = makeEvent(QStringLiteral("President-elect Claudia Sheinbaum in Mexico City"),
                    QStringLiteral("Marco Rubio met with Mexico's President-elect Claudia Sheinbaum in Mexico City"));
    QVERIFY(id);
    ReaderPane *right
        = m_window->openSource(sourceIdContaining(QStringLiteral("Security Cabinet is set to meet")), true);
    QVERIFY(right);
    select(right, QStringLiteral("set to meet with U.S. Senator Marco Rubio in Washington"));
    QVERIFY(workspace()->editor()->addSelectionAsEvidence(Evidence::Stance::Supports));
    QTRY_VERIFY(workspace()->model()->rowCount() == 1 && workspace()->model()->entryAt(0)->hasConflict());
    QTableWidget *conflicts = workspace()->conflictsPanel()->table();
    QTRY_VERIFY(conflicts->rowCount() >= 1);
    bool place = false;
    for (int row = 0; row < conflicts->rowCount(); ++row)
        place = place || conflicts->item(row, 2)->text() == QStringLiteral("Place");
    QVERIFY(place);

    // Compare opens both passages side by side.
    m_window->openSource(sourceIdContaining(QStringLiteral("three-day trip")));
    workspace()->compareConflict(id);
    const QList<ReaderPane *> panes = m_window->readerArea()->panes();
    QVERIFY(panes.size() >= 2);
    QSet<qint64> shown { panes.at(0)->sourceId(), panes.at(1)->sourceId() };
    QCOMPARE(shown,
             (QSet<qint64> { sourceIdContaining(QStringLiteral("President-elect Claudia Sheinbaum in Mexico City")),
                             sourceIdContaining(QStringLiteral("Security Cabinet is set to meet")) }));
}

void TestChronologyWorkspace::acceptingInferredWindowResolvesRelativeTimes()
{
    Project &project = *m_window->project();
    const auto rows
        = RoleTable::parse(QStringLiteral("entity,entity type,title,organisation,from,to\n"
                                          "Claudia Sheinbaum,Person,President-elect,Mexico,2024-06-02,2024-09-30\n"
                                          "Claudia Sheinbaum,Person,President,Mexico,2024-10-01,\n"
                                          "Marco Rubio,Person,Senator,US Senate,,2025-01-20\n"
                                          "Marco Rubio,Person,Secretary of State,US,2025-01-21,\n"),
                           QStringLiteral("roles.csv"));
    QVERIFY(rows);
    QVERIFY(RoleTable::apply(project, *rows));
    const qint64 source = sourceIdContaining(QStringLiteral("scheduled to visit Mexico next week"));
    const auto timexes = project.timexes().listForSource(source);
    QVERIFY(timexes);
    const QString body = *project.sources().body(source);
    qint64 nextWeek = 0;
    for (const Timex &timex : *timexes) {
        if (body.mid(timex.start, timex.end - timex.start) == QStringLiteral("next week"))
            nextWeek = timex.id;
    }
    QVERIFY(nextWeek);
    QVERIFY(!project.timexes().find(nextWeek)->resolved.isKnown());
    // The source is open while it is dated: its header follows every step.
    ReaderPane *pane = m_window->openSource(source);
    QVERIFY(pane);
    QVERIFY2(pane->detailsLabel()->fullText().contains(QStringLiteral("undated")),
             qPrintable(pane->detailsLabel()->fullText()));

    SourceDatingDialog dialog(project, *m_window->findChild<ProjectSignals *>(), *m_window->undoStack(), { source },
                              m_window.get());
    QCOMPARE(dialog.table()->rowCount(), 1);
    QVERIFY2(dialog.table()->item(0, 2)->text().contains(QStringLiteral("2024")),
             qPrintable(dialog.table()->item(0, 2)->text()));
    dialog.table()->selectRow(0);
    QVERIFY(dialog.acceptButton()->isEnabled());
    QVERIFY(dialog.acceptSelected());
    const TimeValue published = project.sources().summary(source)->published;
    QVERIFY(published.isKnown());
    QVERIFY(published.earliest() >= QDateTime(QDate(2024, 6, 2), QTime(0, 0), QTimeZone::utc()));
    QVERIFY(published.latest() <= QDateTime(QDate(2024, 10, 1), QTime(0, 0), QTimeZone::utc()));
    const Timex resolved = *project.timexes().find(nextWeek);
    QVERIFY(resolved.resolved.isKnown());
    QVERIFY(resolved.resolved.earliest() > published.earliest());
    QTRY_VERIFY2(pane->detailsLabel()->fullText().contains(TimeValueText::describe(published)),
                 qPrintable(pane->detailsLabel()->fullText()));
    QVERIFY(!pane->detailsLabel()->fullText().contains(QStringLiteral("undated")));

    m_window->undoStack()->undo();
    QVERIFY(!project.sources().summary(source)->published.isKnown());
    QVERIFY(!project.timexes().find(nextWeek)->resolved.isKnown());
    QTRY_VERIFY2(pane->detailsLabel()->fullText().contains(QStringLiteral("undated")),
                 qPrintable(pane->detailsLabel()->fullText()));
}

void TestChronologyWorkspace::rolesTableImportsThroughTheUndoStack()
{
    const QString path = m_dir.filePath(QStringLiteral("roles.csv"));
    QVERIFY(test::writeFile(path,
                            QByteArrayLiteral("entity,entity type,title,organisation,from,to\n"
                                              "Marco Rubio,Person,Acting Administrator,USAID,2025-02-03,\n"
                                              "Ana Duarte,Person,Ambassador,Kestria,2023-03-01,\n")));
    Project &project = *m_window->project();
    const auto rolesOf = [&project](const QString &name) {
        QStringList titles;
        const auto found = project.entities().findByName(name);
        for (const Entity &entity : *found) {
            for (const EntityRole &role : entity.roles)
                titles << role.title;
        }
        return titles;
    };
    QVERIFY(!rolesOf(QStringLiteral("Marco Rubio")).contains(QStringLiteral("Acting Administrator")));
    workspace()->importRoles(path);
    QVERIFY(rolesOf(QStringLiteral("Marco Rubio")).contains(QStringLiteral("Acting Administrator")));
    QVERIFY(rolesOf(QStringLiteral("Ana Duarte")).contains(QStringLiteral("Ambassador")));
    m_window->undoStack()->undo();
    QVERIFY(!rolesOf(QStringLiteral("Marco Rubio")).contains(QStringLiteral("Acting Administrator")));
    QVERIFY(project.entities().findByName(QStringLiteral("Ana Duarte"))->isEmpty());
    m_window->undoStack()->redo();
    QVERIFY(rolesOf(QStringLiteral("Marco Rubio")).contains(QStringLiteral("Acting Administrator")));
}

QTEST_MAIN(TestChronologyWorkspace)
#include "tst_chronologyworkspace.moc"
