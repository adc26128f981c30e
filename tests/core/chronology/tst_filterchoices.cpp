// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectFixture.h"
#include "chronology/FilterChoices.h"
#include "storage/EvidenceRepository.h"

#include <QLocale>
#include <QTest>

using namespace annalist;

// What the chronology's filter offers: only what narrows it to something. Sources and
// entities outside the chronology are left out, however many the project holds.
class TestFilterChoices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offersWhatTheChronologyHolds_data();
    void offersWhatTheChronologyHolds();
    void emptyChronologyOffersNothing();

private:
    test::ProjectFixture m_project;
    FilterChoices m_choices;
};

void TestFilterChoices::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_project.create());
    const qint64 rubio = m_project.addEntity(QStringLiteral("Marco Rubio"));
    const qint64 abe = m_project.addEntity(QStringLiteral("Álvaro Abe"));
    const qint64 sorrel = m_project.addEntity(QStringLiteral("Sorrel"), QStringLiteral("Place"));
    m_project.addEntity(QStringLiteral("Only Mentioned"));
    const qint64 herald = m_project.addSource(QStringLiteral("Herald: talks"), QStringLiteral("The talks began."));
    const qint64 wire = m_project.addSource(QStringLiteral("Ámbito: talks"), QStringLiteral("Talks in Sorrel."));
    m_project.addSource(QStringLiteral("Unquoted"), QStringLiteral("Nothing quoted from here."));

    Event talks;
    talks.title = QStringLiteral("Talks");
    talks.placeEntityId = sorrel;
    talks.participants = { { rubio, QStringLiteral("host") }, { abe, QString() } };
    talks.lane = QStringLiteral("Government");
    const auto talksId = m_project->events().add(talks);
    QVERIFY(talksId);
    Event visit;
    visit.title = QStringLiteral("Visit");
    visit.participants = { { rubio, QStringLiteral("guest") } };
    visit.lane = QStringLiteral("cartels");
    QVERIFY(m_project->events().add(visit));
    Event unsorted;
    unsorted.title = QStringLiteral("Unsorted");
    QVERIFY(m_project->events().add(unsorted));

    for (const auto &[source, quote] :
         { std::pair { herald, QStringLiteral("talks began") }, std::pair { wire, QStringLiteral("Talks in Sorrel") },
           std::pair { herald, QStringLiteral("The talks") } }) {
        const auto body = m_project->sources().body(source);
        QVERIFY(body);
        Evidence evidence;
        evidence.eventId = *talksId;
        evidence.sourceId = source;
        evidence.start = static_cast<int>(body->indexOf(quote));
        evidence.end = evidence.start + static_cast<int>(quote.size());
        evidence.quote = quote;
        evidence.stance = Evidence::Stance::Supports;
        QVERIFY(m_project->evidence().add(evidence));
    }
    const Result<FilterChoices> choices = FilterChoices::read(m_project.project());
    QVERIFY2(choices, qPrintable(choices ? QString() : choices.error().message));
    m_choices = *choices;
}

void TestFilterChoices::offersWhatTheChronologyHolds_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QStringList>("offered");

    // Each once, in the language's order (accents sort with their letter).
    QTest::newRow("entities: participants and places")
        << QStringLiteral("entities")
        << QStringList { QStringLiteral("Álvaro Abe"), QStringLiteral("Marco Rubio"), QStringLiteral("Sorrel") };
    QTest::newRow("sources: those quoted")
        << QStringLiteral("sources")
        << QStringList { QStringLiteral("Ámbito: talks"), QStringLiteral("Herald: talks") };
    QTest::newRow("lanes: those given") << QStringLiteral("lanes")
                                        << QStringList { QStringLiteral("cartels"), QStringLiteral("Government") };
}

void TestFilterChoices::offersWhatTheChronologyHolds()
{
    QFETCH(QString, list);
    QFETCH(QStringList, offered);

    QStringList labels;
    if (list == QLatin1StringView("lanes")) {
        labels = m_choices.lanes;
    } else {
        for (const FilterChoices::Choice &choice :
             list == QLatin1StringView("entities") ? m_choices.entities : m_choices.sources) {
            QVERIFY(choice.id > 0);
            labels << choice.label;
        }
    }
    QCOMPARE(labels, offered);
}

void TestFilterChoices::emptyChronologyOffersNothing()
{
    test::ProjectFixture empty;
    QVERIFY(empty.create());
    empty.addEntity(QStringLiteral("Marco Rubio"));
    empty.addSource(QStringLiteral("Herald"), QStringLiteral("Marco Rubio spoke."));
    const Result<FilterChoices> choices = FilterChoices::read(empty.project());
    QVERIFY(choices);
    QVERIFY(choices->entities.isEmpty());
    QVERIFY(choices->sources.isEmpty());
    QVERIFY(choices->lanes.isEmpty());
}

QTEST_GUILESS_MAIN(TestFilterChoices)
#include "tst_filterchoices.moc"
