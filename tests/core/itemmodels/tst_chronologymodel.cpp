// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectFixture.h"
#include "TimeValueOutput.h"
#include "chronology/ChronologyEntry.h"
#include "itemmodels/ChronologyModel.h"
#include "storage/EventRepository.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using test::utc;

// Four entries, given out of order: Meeting (Sep 2024, conflicting, commented,
// highlighted), Lease (20 Sep 2024), Audit (2025) and Rumour (undated).
class TestChronologyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ordersAndShowsEntries_data();
    void ordersAndShowsEntries();
    void filtersRows_data();
    void filtersRows();
    void updatesOneEntry_data();
    void updatesOneEntry();
    void updatesUnderAFilter_data();
    void updatesUnderAFilter();
    void reloadsFromAProject();

private:
    QStringList titles() const;
    QList<bool> orderFlags() const;
    ChronologyEntry entry(const QString &title) const;
    void record();

    QList<ChronologyEntry> m_entries;
    std::unique_ptr<ChronologyModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_signals;
};

namespace {

ChronologyEntry makeEntry(qint64 id, const QString &title, const TimeValue &time)
{
    ChronologyEntry entry;
    entry.event.id = id;
    entry.event.title = title;
    entry.event.time = time;
    return entry;
}

} // namespace

void TestChronologyModel::init()
{
    ChronologyEntry meeting = makeEntry(1, QStringLiteral("Meeting"), TimeValue::month(2024, 9));
    meeting.event.credibility = 2;
    meeting.event.lane = QStringLiteral("Diplomacy");
    meeting.event.time.setExpression(QStringLiteral("in September"));
    meeting.placeName = QStringLiteral("Mexico City");
    meeting.participantNames = { QStringLiteral("Marco Rubio (host)"), QStringLiteral("Claudia Sheinbaum") };
    meeting.independentSources = 2;
    meeting.evidence.resize(3);
    meeting.conflicts = { Conflict { Conflict::Kind::Time, 1, 2,
                                     QStringLiteral("The Herald dates it 15 Sep 2024; Wire 20 Sep 2024") } };
    meeting.comment = QStringLiteral("Check the venue");
    meeting.highlight = QColor(Qt::yellow);
    ChronologyEntry lease = makeEntry(2, QStringLiteral("Lease"), TimeValue::day(QDate(2024, 9, 20)));
    lease.event.lane = QStringLiteral("Port");
    ChronologyEntry audit = makeEntry(3, QStringLiteral("Audit"), TimeValue::year(2025));
    audit.event.lane = QStringLiteral("Port");
    m_entries = { audit, makeEntry(4, QStringLiteral("Rumour"), TimeValue::unknown()), lease, meeting };

    m_model = std::make_unique<ChronologyModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setEntries(m_entries);
    record();
}

void TestChronologyModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_signals.clear();
}

void TestChronologyModel::record()
{
    ChronologyModel *model = m_model.get();
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        m_signals << QStringLiteral("inserted %1-%2").arg(first).arg(last);
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        m_signals << QStringLiteral("removed %1-%2").arg(first).arg(last);
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                m_signals << QStringLiteral("changed %1-%2").arg(topLeft.row()).arg(bottomRight.row());
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_signals << QStringLiteral("reset"); });
}

QStringList TestChronologyModel::titles() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row)
        result << m_model->index(row, ChronologyModel::TitleColumn).data().toString();
    return result;
}

QList<bool> TestChronologyModel::orderFlags() const
{
    QList<bool> flags;
    for (int row = 0; row < m_model->rowCount(); ++row)
        flags << m_model->index(row, 0).data(ChronologyModel::OrderUncertainRole).toBool();
    return flags;
}

ChronologyEntry TestChronologyModel::entry(const QString &title) const
{
    for (const ChronologyEntry &candidate : m_entries) {
        if (candidate.event.title == title)
            return candidate;
    }
    qFatal("no entry %s in the test data", qPrintable(title));
}

void TestChronologyModel::ordersAndShowsEntries_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    const int display = Qt::DisplayRole;
    const int toolTip = Qt::ToolTipRole;
    QTest::newRow("time in words") << 0 << int(ChronologyModel::TimeColumn) << display
                                   << QVariant(QStringLiteral("Sep 2024"));
    QTest::newRow("time tooltip") << 0 << int(ChronologyModel::TimeColumn) << toolTip
                                  << QVariant(QStringLiteral("EDTF: 2024-09\nStated as \"in September\"\n"
                                                             "Order uncertain: its time overlaps a neighbour's"));
    QTest::newRow("day") << 1 << int(ChronologyModel::TimeColumn) << display << QVariant(QStringLiteral("20 Sep 2024"));
    QTest::newRow("undated last") << 3 << int(ChronologyModel::TimeColumn) << display
                                  << QVariant(QStringLiteral("undated"));
    QTest::newRow("title") << 2 << int(ChronologyModel::TitleColumn) << display << QVariant(QStringLiteral("Audit"));
    QTest::newRow("participants") << 0 << int(ChronologyModel::ParticipantsColumn) << display
                                  << QVariant(QStringLiteral("Marco Rubio (host), Claudia Sheinbaum"));
    QTest::newRow("place") << 0 << int(ChronologyModel::PlaceColumn) << display
                           << QVariant(QStringLiteral("Mexico City"));
    QTest::newRow("independent sources") << 0 << int(ChronologyModel::SourcesColumn) << display << QVariant(2);
    QTest::newRow("sources tooltip") << 0 << int(ChronologyModel::SourcesColumn) << toolTip
                                     << QVariant(QStringLiteral("2 independent source(s); 3 passage(s)"));
    QTest::newRow("credibility") << 0 << int(ChronologyModel::CredibilityColumn) << display << QVariant(2);
    QTest::newRow("credibility in words")
        << 0 << int(ChronologyModel::CredibilityColumn) << toolTip << QVariant(QStringLiteral("probably true"));
    QTest::newRow("no credibility") << 1 << int(ChronologyModel::CredibilityColumn) << display << QVariant();
    QTest::newRow("all flags") << 0 << int(ChronologyModel::FlagsColumn) << display
                               << QVariant(QStringLiteral("⚠ ⇅ ✎"));
    QTest::newRow("flags in words") << 0 << int(ChronologyModel::FlagsColumn) << toolTip
                                    << QVariant(QStringLiteral(
                                           "⚠ The Herald dates it 15 Sep 2024; Wire 20 Sep 2024\n"
                                           "⇅ Order uncertain: its time overlaps a neighbour's\n✎ Check the venue"));
    QTest::newRow("order uncertain only")
        << 1 << int(ChronologyModel::FlagsColumn) << display << QVariant(QStringLiteral("⇅"));
    QTest::newRow("no flags") << 2 << int(ChronologyModel::FlagsColumn) << display << QVariant(QString());
    QTest::newRow("highlight") << 0 << int(ChronologyModel::PlaceColumn) << int(Qt::BackgroundRole)
                               << QVariant(QBrush(QColor(Qt::yellow)));
    QTest::newRow("no highlight") << 1 << int(ChronologyModel::TitleColumn) << int(Qt::BackgroundRole) << QVariant();
    // Dark text on a light highlight, whatever the palette (a dark theme's text is light).
    QTest::newRow("text on a highlight") << 0 << int(ChronologyModel::TitleColumn) << int(Qt::ForegroundRole)
                                         << QVariant(QBrush(QColor(Qt::black)));
    QTest::newRow("text without a highlight")
        << 1 << int(ChronologyModel::TitleColumn) << int(Qt::ForegroundRole) << QVariant();
    QTest::newRow("event id") << 2 << 0 << int(ChronologyModel::EventIdRole) << QVariant(qint64(3));
    QTest::newRow("conflict") << 0 << 0 << int(ChronologyModel::ConflictRole) << QVariant(true);
    QTest::newRow("no conflict") << 1 << 0 << int(ChronologyModel::ConflictRole) << QVariant(false);
    QTest::newRow("time value") << 2 << 0 << int(ChronologyModel::TimeValueRole)
                                << QVariant::fromValue(TimeValue::year(2025));
    QTest::newRow("comment") << 0 << 0 << int(ChronologyModel::CommentRole)
                             << QVariant(QStringLiteral("Check the venue"));
}

void TestChronologyModel::ordersAndShowsEntries()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, expected);

    QCOMPARE(titles(),
             (QStringList { QStringLiteral("Meeting"), QStringLiteral("Lease"), QStringLiteral("Audit"),
                            QStringLiteral("Rumour") }));
    const QVariant actual = m_model->index(row, column).data(role);
    if (role == ChronologyModel::TimeValueRole)
        QCOMPARE(actual.value<TimeValue>(), expected.value<TimeValue>());
    else
        QCOMPARE(actual, expected);
}

void TestChronologyModel::filtersRows_data()
{
    QTest::addColumn<ChronologyFilter>("filter");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("none") << ChronologyFilter()
                          << QStringList { QStringLiteral("Meeting"), QStringLiteral("Lease"), QStringLiteral("Audit"),
                                           QStringLiteral("Rumour") };
    ChronologyFilter filter;
    filter.lane = QStringLiteral("Port");
    QTest::newRow("lane") << filter << QStringList { QStringLiteral("Lease"), QStringLiteral("Audit") };
    filter = {};
    filter.text = QStringLiteral("SHEINBAUM venue");
    QTest::newRow("words") << filter << QStringList { QStringLiteral("Meeting") };
    filter = {};
    filter.conflictsOnly = true;
    QTest::newRow("conflicts") << filter << QStringList { QStringLiteral("Meeting") };
    filter = {};
    filter.from = utc(2024, 10, 1);
    QTest::newRow("from") << filter << QStringList { QStringLiteral("Audit"), QStringLiteral("Rumour") };
    filter.text = QStringLiteral("nothing like this");
    QTest::newRow("nothing") << filter << QStringList();
}

void TestChronologyModel::filtersRows()
{
    QFETCH(ChronologyFilter, filter);
    QFETCH(QStringList, rows);

    m_model->setFilter(filter);
    QCOMPARE(m_model->filter(), filter);
    QCOMPARE(titles(), rows);
    QCOMPARE(m_signals, filter.isEmpty() ? QStringList() : QStringList { QStringLiteral("reset") });
    QCOMPARE(m_model->entryCount(), 4);
    QCOMPARE(m_model->visibleEntries().size(), rows.size());
    for (const ChronologyEntry &candidate : std::as_const(m_entries)) {
        const int row = m_model->rowOfEvent(candidate.event.id);
        QCOMPARE(row, static_cast<int>(rows.indexOf(candidate.event.title)));
        if (row >= 0) {
            QCOMPARE(m_model->entryAt(row)->event.id, candidate.event.id);
            QCOMPARE(m_model->visibleEntries().at(row).event.id, candidate.event.id);
        }
    }
    QVERIFY(!m_model->entryAt(static_cast<int>(rows.size())));
    QVERIFY(!m_model->entryAt(-1));
    QCOMPARE(m_model->rowOfEvent(99), -1);
    // The same filter again changes nothing.
    m_signals.clear();
    m_model->setFilter(filter);
    QVERIFY(m_signals.isEmpty());
}

void TestChronologyModel::updatesOneEntry_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QList<bool>>("uncertain");
    QTest::addColumn<QStringList>("emitted");

    QTest::newRow("retitled in place") << QStringLiteral("retitle Lease")
                                       << QStringList { QStringLiteral("Meeting"), QStringLiteral("Lease signed"),
                                                        QStringLiteral("Audit"), QStringLiteral("Rumour") }
                                       << QList<bool> { true, true, false, false }
                                       << QStringList { QStringLiteral("changed 1-1") };
    QTest::newRow("moved earlier, leaving its old neighbour certain")
        << QStringLiteral("date Audit 2024-09-10")
        << QStringList { QStringLiteral("Meeting"), QStringLiteral("Audit"), QStringLiteral("Lease"),
                         QStringLiteral("Rumour") }
        << QList<bool> { true, true, false, false }
        << QStringList { QStringLiteral("removed 2-2"), QStringLiteral("inserted 1-1"), QStringLiteral("changed 2-2") };
    QTest::newRow("undated gets a date") << QStringLiteral("date Rumour 2023")
                                         << QStringList { QStringLiteral("Rumour"), QStringLiteral("Meeting"),
                                                          QStringLiteral("Lease"), QStringLiteral("Audit") }
                                         << QList<bool> { false, true, true, false }
                                         << QStringList { QStringLiteral("removed 3-3"),
                                                          QStringLiteral("inserted 0-0") };
    QTest::newRow("same time: by title") << QStringLiteral("add Berth 2024-09-20")
                                         << QStringList { QStringLiteral("Meeting"), QStringLiteral("Berth"),
                                                          QStringLiteral("Lease"), QStringLiteral("Audit"),
                                                          QStringLiteral("Rumour") }
                                         << QList<bool> { true, true, true, false, false }
                                         << QStringList { QStringLiteral("inserted 1-1") };
    QTest::newRow("new event, apart from its neighbours")
        << QStringLiteral("add Election 2024-09-30")
        << QStringList { QStringLiteral("Meeting"), QStringLiteral("Lease"), QStringLiteral("Election"),
                         QStringLiteral("Audit"), QStringLiteral("Rumour") }
        << QList<bool> { true, true, false, false, false } << QStringList { QStringLiteral("inserted 2-2") };
    QTest::newRow("removed, its neighbours now apart")
        << QStringLiteral("remove Lease")
        << QStringList { QStringLiteral("Meeting"), QStringLiteral("Audit"), QStringLiteral("Rumour") }
        << QList<bool> { false, false, false }
        << QStringList { QStringLiteral("removed 1-1"), QStringLiteral("changed 0-0") };
    QTest::newRow("removing an unknown event does nothing")
        << QStringLiteral("remove Nothing")
        << QStringList { QStringLiteral("Meeting"), QStringLiteral("Lease"), QStringLiteral("Audit"),
                         QStringLiteral("Rumour") }
        << QList<bool> { true, true, false, false } << QStringList();
}

void TestChronologyModel::updatesOneEntry()
{
    QFETCH(QString, change);
    QFETCH(QStringList, rows);
    QFETCH(QList<bool>, uncertain);
    QFETCH(QStringList, emitted);

    if (change == QStringLiteral("retitle Lease")) {
        ChronologyEntry lease = entry(QStringLiteral("Lease"));
        lease.event.title = QStringLiteral("Lease signed");
        m_model->updateEntry(lease);
    } else if (change == QStringLiteral("add Berth 2024-09-20")) {
        m_model->updateEntry(makeEntry(6, QStringLiteral("Berth"), TimeValue::day(QDate(2024, 9, 20))));
    } else if (change == QStringLiteral("date Audit 2024-09-10")) {
        ChronologyEntry audit = entry(QStringLiteral("Audit"));
        audit.event.time = TimeValue::day(QDate(2024, 9, 10));
        m_model->updateEntry(audit);
    } else if (change == QStringLiteral("date Rumour 2023")) {
        ChronologyEntry rumour = entry(QStringLiteral("Rumour"));
        rumour.event.time = TimeValue::year(2023);
        m_model->updateEntry(rumour);
    } else if (change == QStringLiteral("add Election 2024-09-30")) {
        m_model->updateEntry(makeEntry(5, QStringLiteral("Election"), TimeValue::day(QDate(2024, 9, 30))));
    } else if (change == QStringLiteral("remove Lease")) {
        m_model->removeEvent(2);
    } else if (change == QStringLiteral("remove Nothing")) {
        m_model->removeEvent(99);
    } else {
        QFAIL("unknown change in the test data");
    }
    QCOMPARE(titles(), rows);
    QCOMPARE(orderFlags(), uncertain);
    QCOMPARE(m_signals, emitted);
    QCOMPARE(m_model->entryCount(), static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row)
        QCOMPARE(m_model->rowOfEvent(m_model->entryAt(row)->event.id), row);
}

void TestChronologyModel::updatesUnderAFilter_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QStringList>("emitted");

    QTest::newRow("hidden entry comes into view")
        << QStringLiteral("Audit conflicts") << QStringList { QStringLiteral("Meeting"), QStringLiteral("Audit") }
        << QStringList { QStringLiteral("inserted 1-1") };
    QTest::newRow("shown entry leaves the view")
        << QStringLiteral("Meeting resolved") << QStringList() << QStringList { QStringLiteral("removed 0-0") };
    QTest::newRow("hidden entry moves, unseen")
        << QStringLiteral("Audit dated 2023") << QStringList { QStringLiteral("Meeting") } << QStringList();
    QTest::newRow("hidden new event") << QStringLiteral("add Election") << QStringList { QStringLiteral("Meeting") }
                                      << QStringList();
    QTest::newRow("new event in view, before the others")
        << QStringLiteral("add conflicting Election")
        << QStringList { QStringLiteral("Election"), QStringLiteral("Meeting") }
        << QStringList { QStringLiteral("inserted 0-0") };
    QTest::newRow("hidden event removed")
        << QStringLiteral("remove Audit") << QStringList { QStringLiteral("Meeting") } << QStringList();
}

void TestChronologyModel::updatesUnderAFilter()
{
    QFETCH(QString, change);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, emitted);

    ChronologyFilter conflicts;
    conflicts.conflictsOnly = true;
    m_model->setFilter(conflicts);
    m_signals.clear();
    const Conflict conflict { Conflict::Kind::Contradiction, 7, 0, QStringLiteral("Blog contradicts it") };

    if (change == QStringLiteral("Audit conflicts")) {
        ChronologyEntry audit = entry(QStringLiteral("Audit"));
        audit.conflicts = { conflict };
        m_model->updateEntry(audit);
    } else if (change == QStringLiteral("Meeting resolved")) {
        ChronologyEntry meeting = entry(QStringLiteral("Meeting"));
        meeting.conflicts.clear();
        m_model->updateEntry(meeting);
    } else if (change == QStringLiteral("Audit dated 2023")) {
        ChronologyEntry audit = entry(QStringLiteral("Audit"));
        audit.event.time = TimeValue::year(2023);
        m_model->updateEntry(audit);
    } else if (change == QStringLiteral("add Election")) {
        m_model->updateEntry(makeEntry(5, QStringLiteral("Election"), TimeValue::year(2020)));
    } else if (change == QStringLiteral("add conflicting Election")) {
        ChronologyEntry election = makeEntry(5, QStringLiteral("Election"), TimeValue::year(2020));
        election.conflicts = { conflict };
        m_model->updateEntry(election);
    } else if (change == QStringLiteral("remove Audit")) {
        m_model->removeEvent(3);
    } else {
        QFAIL("unknown change in the test data");
    }
    QCOMPARE(titles(), rows);
    QCOMPARE(m_signals, emitted);
}

void TestChronologyModel::reloadsFromAProject()
{
    test::ProjectFixture project;
    QVERIFY(project.create());
    Event later;
    later.title = QStringLiteral("Later");
    later.time = TimeValue::year(2026);
    ANNALIST_VERIFY_OK(project->events().add(later));
    Event earlier;
    earlier.title = QStringLiteral("Earlier");
    earlier.time = TimeValue::day(QDate(2025, 1, 20));
    ANNALIST_VERIFY_OK(project->events().add(earlier));

    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    ANNALIST_VERIFY_OK(m_model->reload(project.project()));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(titles(), (QStringList { QStringLiteral("Earlier"), QStringLiteral("Later") }));
    QCOMPARE(m_model->index(0, ChronologyModel::TimeColumn).data().toString(), QStringLiteral("20 Jan 2025"));
}

QTEST_MAIN(TestChronologyModel)
#include "tst_chronologymodel.moc"
