// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chronology/ConflictDetector.h"
#include "model/TimeValueParser.h"

#include <QTest>

using namespace annalist;

// Passages are written "STANCE|OUTLET|SOURCE|TIME|PLACES|PEOPLE[|QUOTE]": stance S
// (supports), C (contradicts) or M (mentions); places and people as comma-separated
// entity ids.
// Passage n has evidence id n (from 1).
class TestConflictDetector : public QObject
{
    Q_OBJECT

private slots:
    void findsConflictsAndCountsSources_data();
    void findsConflictsAndCountsSources();
    void describesConflictsInPlainWords_data();
    void describesConflictsInPlainWords();
};

namespace {

TimeValue parsedTime(const QString &text)
{
    if (text.isEmpty())
        return TimeValue::unknown();
    const auto parsed = TimeValueParser::parse(text);
    if (!std::holds_alternative<TimeValue>(parsed))
        qFatal("not a time in the test data: %s", qPrintable(text));
    return std::get<TimeValue>(parsed);
}

QList<qint64> ids(const QString &text)
{
    QList<qint64> result;
    for (const QString &id : text.split(u',', Qt::SkipEmptyParts))
        result << id.toLongLong();
    return result;
}

// Entity 10 is called "Mexico City", 11 "Washington", 20 "Marco Rubio", 21 "Antony
// Blinken", 22 "Claudia Sheinbaum".
QString nameOf(qint64 id)
{
    static const QHash<qint64, QString> names = {
        { 10, QStringLiteral("Mexico City") },       { 11, QStringLiteral("Washington") },
        { 20, QStringLiteral("Marco Rubio") },       { 21, QStringLiteral("Antony Blinken") },
        { 22, QStringLiteral("Claudia Sheinbaum") },
    };
    return names.value(id);
}

ChronologyEntry entryOf(const QStringList &passages)
{
    ChronologyEntry entry;
    entry.event.id = 1;
    entry.event.title = QStringLiteral("Meeting");
    qint64 id = 0;
    for (const QString &passage : passages) {
        const QStringList fields = passage.split(u'|');
        if (fields.size() != 6 && fields.size() != 7)
            qFatal("a passage needs six fields, and may have a seventh (its quote): %s", qPrintable(passage));
        EvidenceItem item;
        item.evidence.id = ++id;
        item.evidence.eventId = 1;
        item.evidence.stance = fields.at(0) == QStringLiteral("S") ? Evidence::Stance::Supports
            : fields.at(0) == QStringLiteral("C")                  ? Evidence::Stance::Contradicts
                                                                   : Evidence::Stance::Mentions;
        item.outlet = fields.at(1);
        item.evidence.sourceId = fields.at(2).toLongLong();
        item.sourceTitle = QStringLiteral("Article %1").arg(item.evidence.sourceId);
        item.claimedTime = parsedTime(fields.at(3));
        item.claimedPlaces = ids(fields.at(4));
        item.claimedPeople = ids(fields.at(5));
        item.evidence.quote = fields.value(6);
        for (qint64 place : item.claimedPlaces)
            item.claimedPlaceNames << nameOf(place);
        for (qint64 person : item.claimedPeople)
            item.claimedPeopleNames << nameOf(person);
        entry.evidence << item;
    }
    return entry;
}

QString kindName(Conflict::Kind kind)
{
    switch (kind) {
    case Conflict::Kind::Time:
        return QStringLiteral("Time");
    case Conflict::Kind::Place:
        return QStringLiteral("Place");
    case Conflict::Kind::Participants:
        return QStringLiteral("Participants");
    case Conflict::Kind::Contradiction:
        return QStringLiteral("Contradiction");
    }
    return {};
}

} // namespace

void TestConflictDetector::findsConflictsAndCountsSources_data()
{
    QTest::addColumn<QStringList>("passages");
    // "KIND FIRST-SECOND" in the order found.
    QTest::addColumn<QStringList>("conflicts");
    QTest::addColumn<int>("independent");

    const auto S = [](const QString &rest) -> QString {
        return QStringLiteral("S|") + rest;
    };
    QTest::newRow("no passages") << QStringList() << QStringList() << 0;
    QTest::newRow("one passage") << QStringList { S(QStringLiteral("Herald|1|2024-09-15|10|20")) } << QStringList()
                                 << 1;
    QTest::newRow("same day in two outlets")
        << QStringList { S(QStringLiteral("Herald|1|2024-09-15||")), S(QStringLiteral("Wire|2|2024-09-15||")) }
        << QStringList() << 2;
    QTest::newRow("day inside the month of another")
        << QStringList { S(QStringLiteral("Herald|1|2024-09-15||")), S(QStringLiteral("Wire|2|2024-09||")) }
        << QStringList() << 2;
    QTest::newRow("days apart") << QStringList { S(QStringLiteral("Herald|1|2024-09-15||")),
                                                 S(QStringLiteral("Wire|2|2024-09-16||")) }
                                << QStringList { QStringLiteral("Time 1-2") } << 2;
    QTest::newRow("touching years") << QStringList { S(QStringLiteral("Herald|1|2024||")),
                                                     S(QStringLiteral("Wire|2|2025||")) }
                                    << QStringList { QStringLiteral("Time 1-2") } << 2;
    QTest::newRow("one passage gives no time")
        << QStringList { S(QStringLiteral("Herald|1|2024||")), S(QStringLiteral("Wire|2|||")) } << QStringList() << 2;
    QTest::newRow("open start reaching the other")
        << QStringList { S(QStringLiteral("Herald|1|before 2025-01-20||")), S(QStringLiteral("Wire|2|2024-12-31||")) }
        << QStringList() << 2;
    QTest::newRow("open end after the other")
        << QStringList { S(QStringLiteral("Herald|1|after 2025-01-20||")), S(QStringLiteral("Wire|2|2025-01-20||")) }
        << QStringList { QStringLiteral("Time 1-2") } << 2;
    QTest::newRow("every pair once") << QStringList { S(QStringLiteral("A|1|2022||")), S(QStringLiteral("B|2|2023||")),
                                                      S(QStringLiteral("C|3|2024||")) }
                                     << QStringList { QStringLiteral("Time 1-2"), QStringLiteral("Time 1-3"),
                                                      QStringLiteral("Time 2-3") }
                                     << 3;
    QTest::newRow("same outlet counted once")
        << QStringList { S(QStringLiteral("Herald|1|||")), S(QStringLiteral("Herald|2|||")),
                         S(QStringLiteral("Wire|3|||")) }
        << QStringList() << 2;
    QTest::newRow("outlet case and spaces ignored")
        << QStringList { S(QStringLiteral("The Herald|1|||")), S(QStringLiteral(" the herald |2|||")) } << QStringList()
        << 1;
    QTest::newRow("sources without outlet count by themselves")
        << QStringList { S(QStringLiteral("|1|||")), S(QStringLiteral("|2|||")), S(QStringLiteral("|1|||")) }
        << QStringList() << 2;
    QTest::newRow("places disjoint") << QStringList { S(QStringLiteral("Herald|1||10|")),
                                                      S(QStringLiteral("Wire|2||11|")) }
                                     << QStringList { QStringLiteral("Place 1-2") } << 2;
    QTest::newRow("places share one") << QStringList { S(QStringLiteral("Herald|1||10,11|")),
                                                       S(QStringLiteral("Wire|2||11|")) }
                                      << QStringList() << 2;
    QTest::newRow("one passage names no place")
        << QStringList { S(QStringLiteral("Herald|1||10|")), S(QStringLiteral("Wire|2|||20")) } << QStringList() << 2;
    QTest::newRow("people disjoint") << QStringList { S(QStringLiteral("Herald|1|||20")),
                                                      S(QStringLiteral("Wire|2|||21,22")) }
                                     << QStringList { QStringLiteral("Participants 1-2") } << 2;
    QTest::newRow("people share one") << QStringList { S(QStringLiteral("Herald|1|||20,22")),
                                                       S(QStringLiteral("Wire|2|||22")) }
                                      << QStringList() << 2;
    QTest::newRow("time, place and people of one pair, by kind")
        << QStringList { S(QStringLiteral("Herald|1|2024|10|20")), S(QStringLiteral("Wire|2|2025|11|21")) }
        << QStringList { QStringLiteral("Time 1-2"), QStringLiteral("Place 1-2"), QStringLiteral("Participants 1-2") }
        << 2;
    QTest::newRow("contradiction against the first supporting passage")
        << QStringList { QStringLiteral("C|Wire|2|||"), S(QStringLiteral("Herald|1|||")),
                         S(QStringLiteral("Post|3|||")), QStringLiteral("C|Times|4|||") }
        << QStringList { QStringLiteral("Contradiction 1-2"), QStringLiteral("Contradiction 4-2") } << 2;
    QTest::newRow("contradiction without support") << QStringList { QStringLiteral("C|Wire|2|2024||") }
                                                   << QStringList { QStringLiteral("Contradiction 1-0") } << 0;
    QTest::newRow("contradicting claims are not compared")
        << QStringList { S(QStringLiteral("Herald|1|2024|10|20")), QStringLiteral("C|Wire|2|2025|11|21") }
        << QStringList { QStringLiteral("Contradiction 2-1") } << 1;
    QTest::newRow("mentioning passages neither conflict nor count")
        << QStringList { S(QStringLiteral("Herald|1|2024|10|20")), QStringLiteral("M|Wire|2|2025|11|21") }
        << QStringList() << 1;
}

void TestConflictDetector::findsConflictsAndCountsSources()
{
    QFETCH(QStringList, passages);
    QFETCH(QStringList, conflicts);
    QFETCH(int, independent);

    const ChronologyEntry entry = entryOf(passages);
    QStringList found;
    for (const Conflict &conflict : ConflictDetector::find(entry)) {
        found << QStringLiteral("%1 %2-%3")
                     .arg(kindName(conflict.kind))
                     .arg(conflict.firstEvidenceId)
                     .arg(conflict.secondEvidenceId);
        QVERIFY(!conflict.description.isEmpty());
    }
    QCOMPARE(found, conflicts);
    QCOMPARE(ConflictDetector::independentSources(entry.evidence), independent);
}

void TestConflictDetector::describesConflictsInPlainWords_data()
{
    QTest::addColumn<QStringList>("passages");
    QTest::addColumn<QString>("description");

    QTest::newRow("times") << QStringList { QStringLiteral("S|The Herald|1|2024-09||"),
                                            QStringLiteral("S|Wire Service|2|between 2025-06-02 and 2025-09-30||") }
                           << QStringLiteral(
                                  "The Herald dates it Sep 2024; Wire Service between 2 Jun and 30 Sep 2025");
    QTest::newRow("approximate time") << QStringList { QStringLiteral("S|The Herald|1|3 March 2025||"),
                                                       QStringLiteral("S|Wire|2|~2024||") }
                                      << QStringLiteral("The Herald dates it 3 Mar 2025; Wire c. 2024");
    QTest::newRow("source title without outlet")
        << QStringList { QStringLiteral("S||7|2024||"), QStringLiteral("S|Wire|2|2025||") }
        << QStringLiteral("\"Article 7\" dates it 2024; Wire 2025");
    QTest::newRow("one outlet, two articles")
        << QStringList { QStringLiteral("S|Wire|1|2024||"), QStringLiteral("S|Wire|2|2025||") }
        << QStringLiteral("Wire (\"Article 1\") dates it 2024; Wire (\"Article 2\") 2025");
    QTest::newRow("one article, two passages")
        << QStringList { QStringLiteral("S|Wire|1|2024||"), QStringLiteral("S|Wire|1|2025||") }
        << QStringLiteral("Wire in one passage dates it 2024; Wire in another 2025");
    QTest::newRow("one article, two quoted passages")
        << QStringList { QStringLiteral("S|Wire|1||||It happened in 2024, the ministry said"),
                         QStringLiteral(
                             "C|Wire|1||||But officials deny that the meeting ever took place in the capital") }
        << QStringLiteral("“But officials deny that the meeting ever took…” contradicts "
                          "“It happened in 2024, the ministry said” (both in Wire)");
    QTest::newRow("places") << QStringList { QStringLiteral("S|The Herald|1||10|"), QStringLiteral("S|Wire|2||11|") }
                            << QStringLiteral("The Herald places it in Mexico City; Wire in Washington");
    QTest::newRow("people") << QStringList { QStringLiteral("S|The Herald|1|||20"), QStringLiteral("S|Wire|2|||21,22") }
                            << QStringLiteral(
                                   "The Herald names Marco Rubio; Wire names Antony Blinken and Claudia Sheinbaum");
    QTest::newRow("contradiction") << QStringList { QStringLiteral("S|The Herald|1|||"), QStringLiteral("C|Wire|2|||") }
                                   << QStringLiteral("Wire contradicts The Herald");
    QTest::newRow("contradiction alone") << QStringList { QStringLiteral("C|Wire|2|||") }
                                         << QStringLiteral("Wire contradicts it, and no passage supports it");
}

void TestConflictDetector::describesConflictsInPlainWords()
{
    QFETCH(QStringList, passages);
    QFETCH(QString, description);

    const QList<Conflict> conflicts = ConflictDetector::find(entryOf(passages));
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().description, description);
}

QTEST_APPLESS_MAIN(TestConflictDetector)
#include "tst_conflictdetector.moc"
