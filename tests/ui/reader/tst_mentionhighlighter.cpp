// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProcessorTime.h"
#include "ui/reader/MentionHighlighter.h"
#include "ui/reader/RangeHighlighter.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <random>

using namespace annalist;

namespace {

constexpr qint64 personType = 1;
constexpr qint64 organisationType = 2;
constexpr qint64 placeType = 3;
constexpr qint64 otherType = 5;

QList<EntityType> builtInTypes()
{
    return {
        { personType, QStringLiteral("Person"), QColor(0x1f, 0x77, 0xb4), true },
        { organisationType, QStringLiteral("Organisation"), QColor(0xd6, 0x27, 0x28), true },
        { placeType, QStringLiteral("Place"), QColor(0x2c, 0xa0, 0x2c), true },
        { 4, QStringLiteral("Title"), QColor(0x94, 0x67, 0xbd), true },
        { otherType, QStringLiteral("Other"), QColor(0x7f, 0x7f, 0x7f), true },
    };
}

Mention mention(qint64 id, qint64 entityId, int start, int end, Mention::Status status = Mention::Status::Confirmed)
{
    Mention m;
    m.id = id;
    m.entityId = entityId;
    m.sourceId = 1;
    m.start = start;
    m.end = end;
    m.status = status;
    return m;
}

// Entities 10 (a person), 20 (an organisation), 30 (a place); 99 has no known type.
const QHash<qint64, qint64> entityTypes = { { 10, personType }, { 20, organisationType }, { 30, placeType } };

// "Marco Rubio met Claudia Sheinbaum of Morena in Mexico City; the U.S. Department of State said."
//  0               16                   37        47               64                       89
QList<Mention> sampleMentions()
{
    return {
        mention(1, 10, 0, 11), // Marco Rubio
        mention(2, 10, 16, 33, Mention::Status::Candidate), // Claudia Sheinbaum
        mention(3, 20, 37, 43), // Morena
        mention(4, 30, 47, 58), // Mexico City
        mention(5, 30, 47, 53, Mention::Status::Rejected), // Mexico
        mention(6, 20, 64, 88), // U.S. Department of State, long
        mention(7, 30, 64, 68, Mention::Status::Candidate), // U.S., nested in 6
        mention(8, 77, 89, 93), // said: an entity of unknown type
    };
}

QList<qint64> ids(const QList<HighlightSpan> &spans)
{
    QList<qint64> result;
    for (const HighlightSpan &span : spans)
        result << span.id;
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

class TestMentionHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void rangeQueries_data();
    void rangeQueries();
    void stylesFollowStatus();
    void confirmedAndCandidateColoursDiffer_data();
    void confirmedAndCandidateColoursDiffer();
    void rejectedMentionsAreHidden();
    void typesCanBeHidden();
    void mentionAtFindsTheInnermost_data();
    void mentionAtFindsTheInnermost();
    void navigationSkipsHiddenMentions();
    void countsMentionsOfAnEntity();
    void manyMentionsAgreeWithAPlainScan();
    void rangeHighlighterAnswersLikeAPlainScan();
};

void TestMentionHighlighter::rangeQueries_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("whole text") << 0 << 200 << QList<qint64> { 1, 2, 3, 4, 6, 7, 8 };
    QTest::newRow("empty range") << 5 << 5 << QList<qint64> {};
    QTest::newRow("between mentions") << 11 << 16 << QList<qint64> {};
    QTest::newRow("end is exclusive") << 11 << 12 << QList<qint64> {};
    QTest::newRow("touching the start") << 15 << 17 << QList<qint64> { 2 };
    QTest::newRow("inside one mention") << 20 << 21 << QList<qint64> { 2 };
    QTest::newRow("last character of a mention") << 32 << 33 << QList<qint64> { 2 };
    QTest::newRow("rejected one left out") << 47 << 53 << QList<qint64> { 4 };
    QTest::newRow("inside a long mention only") << 80 << 85 << QList<qint64> { 6 };
    QTest::newRow("long mention reaches in") << 70 << 93 << QList<qint64> { 6, 8 };
    QTest::newRow("nested") << 64 << 65 << QList<qint64> { 6, 7 };
    QTest::newRow("past the end") << 100 << 300 << QList<qint64> {};
}

void TestMentionHighlighter::rangeQueries()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QList<qint64>, expected);

    MentionHighlighter highlighter;
    highlighter.setTypes(builtInTypes());
    highlighter.setMentions(sampleMentions(), entityTypes);
    const QList<HighlightSpan> spans = highlighter.spans(from, to);
    QCOMPARE(ids(spans), expected);
    for (const HighlightSpan &span : spans)
        QVERIFY(span.start < to && span.end > from);
}

void TestMentionHighlighter::stylesFollowStatus()
{
    MentionHighlighter highlighter;
    highlighter.setTypes(builtInTypes());
    highlighter.setMentions(sampleMentions(), entityTypes);
    const QList<HighlightSpan> spans = highlighter.spans(0, 34);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans.at(0).id, 1);
    QCOMPARE(spans.at(0).style, HighlightSpan::Solid);
    QCOMPARE(spans.at(0).start, 0);
    QCOMPARE(spans.at(0).end, 11);
    QCOMPARE(spans.at(1).id, 2);
    QCOMPARE(spans.at(1).style, HighlightSpan::Dotted);
}

void TestMentionHighlighter::confirmedAndCandidateColoursDiffer_data()
{
    QTest::addColumn<QColor>("base");
    QTest::newRow("light palette") << QColor(Qt::white);
    QTest::newRow("dark palette") << QColor(0x23, 0x26, 0x29);
}

void TestMentionHighlighter::confirmedAndCandidateColoursDiffer()
{
    QFETCH(QColor, base);
    MentionHighlighter highlighter;
    highlighter.setTypes(builtInTypes());
    highlighter.setBaseColor(base);
    highlighter.setMentions(
        { mention(1, 10, 0, 5), mention(2, 10, 6, 10, Mention::Status::Candidate), mention(3, 20, 11, 15) },
        entityTypes);
    const QList<HighlightSpan> spans = highlighter.spans(0, 20);
    QCOMPARE(spans.size(), 3);
    const QColor confirmed = spans.at(0).color;
    const QColor candidate = spans.at(1).color;
    const QColor otherType = spans.at(2).color;
    QVERIFY(confirmed != candidate);
    QVERIFY(confirmed != otherType);

    // The tint lies between the type colour and the background: the text on it keeps
    // the contrast it has on the background.
    const QColor type = builtInTypes().at(0).color;
    const auto between = [](int value, int a, int b) {
        return value >= std::min(a, b) && value <= std::max(a, b);
    };
    QVERIFY(between(confirmed.red(), type.red(), base.red()));
    QVERIFY(between(confirmed.green(), type.green(), base.green()));
    QVERIFY(between(confirmed.blue(), type.blue(), base.blue()));
    const int lightness = confirmed.toHsl().lightness();
    if (base.toHsl().lightness() > 128)
        QVERIFY2(lightness > 170, qPrintable(QString::number(lightness)));
    else
        QVERIFY2(lightness < 110, qPrintable(QString::number(lightness)));
    // Still recognisably the type's hue.
    QVERIFY(std::abs(confirmed.hslHue() - type.hslHue()) < 20);
    QCOMPARE(highlighter.confirmedColor(personType), confirmed);
    QCOMPARE(highlighter.candidateColor(personType), candidate);
}

void TestMentionHighlighter::rejectedMentionsAreHidden()
{
    MentionHighlighter highlighter;
    highlighter.setTypes(builtInTypes());
    highlighter.setMentions({ mention(5, 30, 47, 53, Mention::Status::Rejected) }, entityTypes);
    QVERIFY(highlighter.spans(0, 100).isEmpty());
    QCOMPARE(highlighter.mentionAt(50), 0);
    // Still known, for its id.
    QVERIFY(highlighter.entry(5));
    QCOMPARE(highlighter.entry(5)->status, Mention::Status::Rejected);
}

void TestMentionHighlighter::typesCanBeHidden()
{
    MentionHighlighter highlighter;
    highlighter.setTypes(builtInTypes());
    highlighter.setMentions(sampleMentions(), entityTypes);
    QVERIFY(highlighter.isTypeVisible(QStringLiteral("Person")));

    highlighter.setTypeVisible(QStringLiteral("person"), false);
    QVERIFY(!highlighter.isTypeVisible(QStringLiteral("Person")));
    QCOMPARE(ids(highlighter.spans(0, 200)), (QList<qint64> { 3, 4, 6, 7, 8 }));
    QCOMPARE(highlighter.mentionAt(3), 0);

    highlighter.setTypeVisible(QStringLiteral("Organisation"), false);
    QCOMPARE(ids(highlighter.spans(0, 200)), (QList<qint64> { 4, 7, 8 }));
    QCOMPARE(highlighter.mentionAt(70), 0);

    // Mentions of unknown type look like "Other" and hide with it.
    highlighter.setTypeVisible(QStringLiteral("Other"), false);
    QCOMPARE(ids(highlighter.spans(0, 200)), (QList<qint64> { 4, 7 }));

    highlighter.setTypeVisible(QStringLiteral("Person"), true);
    highlighter.setTypeVisible(QStringLiteral("Organisation"), true);
    highlighter.setTypeVisible(QStringLiteral("Other"), true);
    QCOMPARE(ids(highlighter.spans(0, 200)), (QList<qint64> { 1, 2, 3, 4, 6, 7, 8 }));

    // Visibility set before the types are known still applies.
    MentionHighlighter early;
    early.setTypeVisible(QStringLiteral("Place"), false);
    early.setTypes(builtInTypes());
    early.setMentions(sampleMentions(), entityTypes);
    QCOMPARE(ids(early.spans(0, 200)), (QList<qint64> { 1, 2, 3, 6, 8 }));
}

void TestMentionHighlighter::mentionAtFindsTheInnermost_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("first character") << 0 << qint64(1);
    QTest::newRow("last character") << 10 << qint64(1);
    QTest::newRow("just after") << 11 << qint64(0);
    QTest::newRow("candidate") << 16 << qint64(2);
    QTest::newRow("rejected under confirmed") << 48 << qint64(4);
    QTest::newRow("nested inner") << 65 << qint64(7);
    QTest::newRow("nested outer") << 70 << qint64(6);
    QTest::newRow("unknown type") << 92 << qint64(8);
    QTest::newRow("nowhere") << 500 << qint64(0);
}

void TestMentionHighlighter::mentionAtFindsTheInnermost()
{
    QFETCH(int, position);
    QFETCH(qint64, expected);
    MentionHighlighter highlighter;
    highlighter.setTypes(builtInTypes());
    highlighter.setMentions(sampleMentions(), entityTypes);
    QCOMPARE(highlighter.mentionAt(position), expected);
}

void TestMentionHighlighter::navigationSkipsHiddenMentions()
{
    MentionHighlighter highlighter;
    highlighter.setTypes(builtInTypes());
    highlighter.setMentions(sampleMentions(), entityTypes);
    QCOMPARE(highlighter.nextMention(0, true), 2);
    QCOMPARE(highlighter.nextMention(37, true), 4); // 5 is rejected
    QCOMPARE(highlighter.nextMention(64, false), 4);
    QCOMPARE(highlighter.nextMention(0, true, true), 2);
    QCOMPARE(highlighter.nextMention(16, true, true), 7);
    QCOMPARE(highlighter.nextMention(89, true), 0);
    QCOMPARE(highlighter.nextMention(0, false), 0);
    highlighter.setTypeVisible(QStringLiteral("Place"), false);
    QCOMPARE(highlighter.nextMention(37, true), 6);
}

void TestMentionHighlighter::countsMentionsOfAnEntity()
{
    MentionHighlighter highlighter;
    highlighter.setTypes(builtInTypes());
    highlighter.setMentions(sampleMentions(), entityTypes);
    QCOMPARE(highlighter.mentionCount(10), 2);
    QCOMPARE(highlighter.mentionCount(30), 2); // the rejected one does not count
    QCOMPARE(highlighter.mentionCount(12345), 0);
    QCOMPARE(highlighter.typeName(personType), QStringLiteral("Person"));
    QCOMPARE(highlighter.entry(8)->typeId, 0);
    QCOMPARE(highlighter.typeColor(0), builtInTypes().at(4).color);
}

void TestMentionHighlighter::manyMentionsAgreeWithAPlainScan()
{
    // 20,000 mentions over 2 MB, some long ones hiding short ones, in random order.
    QRandomGenerator random(7);
    QList<Mention> mentions;
    for (int i = 0; i < 20000; ++i) {
        const int start = int(random.bounded(2000000));
        const int length = random.bounded(50) == 0 ? 200 + int(random.bounded(3000)) : 3 + int(random.bounded(20));
        const auto status = static_cast<Mention::Status>(random.bounded(3));
        mentions.append(mention(i + 1, 10 + 10 * random.bounded(3), start, start + length, status));
    }
    std::shuffle(mentions.begin(), mentions.end(), std::mt19937(3));

    MentionHighlighter highlighter;
    highlighter.setTypes(builtInTypes());
    const double loadMs = 1e3 * test::leastProcessorSeconds(1, [&] { highlighter.setMentions(mentions, entityTypes); });

    QList<std::pair<int, int>> queries;
    for (int i = 0; i < 2000; ++i) {
        const int from = int(random.bounded(2000000));
        queries.append({ from, from + 3000 }); // about a screen of text
    }
    qsizetype found = 0;
    const double querySeconds = test::leastProcessorSeconds(1, [&] {
        for (const auto &[from, to] : queries)
            found += highlighter.spans(from, to).size();
    });
    const double perQueryUs = querySeconds * 1e6 / queries.size();
    qInfo("20,000 mentions: set in %.1f ms, %.1f µs per screen query, %lld spans", loadMs, perQueryUs,
          qlonglong(found));

    for (const auto &[from, to] : queries.mid(0, 200)) {
        QList<qint64> expected;
        for (const Mention &m : std::as_const(mentions)) {
            if (m.start < to && m.end > from && m.status != Mention::Status::Rejected)
                expected << m.id;
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ids(highlighter.spans(from, to)), expected);
    }
    // A screen query must not visit every mention: generous bounds for slow machines.
    QVERIFY2(perQueryUs < 500, qPrintable(QString::number(perQueryUs)));
    QVERIFY2(loadMs < 200, qPrintable(QString::number(loadMs)));
}

void TestMentionHighlighter::rangeHighlighterAnswersLikeAPlainScan()
{
    QRandomGenerator random(11);
    QList<HighlightSpan> spans;
    for (int i = 0; i < 3000; ++i) {
        const int start = int(random.bounded(100000));
        const int length = random.bounded(30) == 0 ? int(random.bounded(5000)) : int(random.bounded(40));
        spans.append({ start, start + length, Qt::red, HighlightSpan::Outline, i });
    }
    RangeHighlighter highlighter;
    highlighter.setSpans(spans);
    const qsizetype nonEmpty
        = std::count_if(spans.cbegin(), spans.cend(), [](const HighlightSpan &s) { return s.end > s.start; });
    QCOMPARE(highlighter.size(), nonEmpty);
    for (int i = 0; i < 300; ++i) {
        const int from = int(random.bounded(100000));
        const int to = from + int(random.bounded(2000));
        QList<qint64> expected;
        for (const HighlightSpan &span : std::as_const(spans)) {
            if (span.end > span.start && span.start < to && span.end > from)
                expected << span.id;
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ids(highlighter.spans(from, to)), expected);
    }
    QCOMPARE(ids(highlighter.spansAt(spans.at(0).start)).contains(0), spans.at(0).end > spans.at(0).start);
    highlighter.clear();
    QVERIFY(highlighter.spans(0, 1000000).isEmpty());
}

QTEST_GUILESS_MAIN(TestMentionHighlighter)
#include "tst_mentionhighlighter.moc"
