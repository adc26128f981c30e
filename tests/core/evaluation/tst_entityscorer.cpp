// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "evaluation/EntityScorer.h"

#include <QtTest>

using namespace annalist;

namespace {

BratEntity entity(const char *type, int start, int end)
{
    return { QString(), QString::fromLatin1(type), start, end, QString() };
}

} // namespace

class TestEntityScorer : public QObject
{
    Q_OBJECT

private slots:
    void perfect();
    void exactVersusOverlap();
    void typeMustMatch();
    void oneToOne();
    void emptyInputs();
    void accumulatesDocuments();
    void json();
};

void TestEntityScorer::perfect()
{
    const QList<BratEntity> gold = { entity("Person", 0, 11), entity("Place", 20, 31) };
    const EntityCounts counts = EntityScorer::score(EntityScorer::Matching::Exact, gold, gold);
    QCOMPARE(counts.truePositives, 2);
    QCOMPARE(counts.falsePositives, 0);
    QCOMPARE(counts.falseNegatives, 0);
    QCOMPARE(counts.f1(), 1.0);
}

void TestEntityScorer::exactVersusOverlap()
{
    // Gold: Person 0-11, Place 20-31, Organisation 40-56.
    // System: Person 6-11 (overlaps), Place 20-31 (exact), Organisation 60-64 (spurious).
    const QList<BratEntity> gold = { entity("Person", 0, 11), entity("Place", 20, 31), entity("Organisation", 40, 56) };
    const QList<BratEntity> system
        = { entity("Person", 6, 11), entity("Place", 20, 31), entity("Organisation", 60, 64) };
    QMap<QString, EntityCounts> perType;
    const EntityCounts exact = EntityScorer::score(EntityScorer::Matching::Exact, gold, system, &perType);
    QCOMPARE(exact.truePositives, 1);
    QCOMPARE(exact.falsePositives, 2);
    QCOMPARE(exact.falseNegatives, 2);
    QCOMPARE(exact.precision(), 1.0 / 3);
    QCOMPARE(exact.recall(), 1.0 / 3);
    QCOMPARE(exact.f1(), 1.0 / 3);
    QCOMPARE(perType.value(QStringLiteral("Person")).falsePositives, 1);
    QCOMPARE(perType.value(QStringLiteral("Person")).falseNegatives, 1);
    QCOMPARE(perType.value(QStringLiteral("Place")).f1(), 1.0);

    const EntityCounts overlap = EntityScorer::score(EntityScorer::Matching::Overlap, gold, system);
    QCOMPARE(overlap.truePositives, 2);
    QCOMPARE(overlap.falsePositives, 1);
    QCOMPARE(overlap.falseNegatives, 1);
    QCOMPARE(overlap.precision(), 2.0 / 3);
    QCOMPARE(overlap.recall(), 2.0 / 3);
    QCOMPARE(overlap.f1(), 2.0 / 3);
}

void TestEntityScorer::typeMustMatch()
{
    const QList<BratEntity> gold = { entity("Person", 0, 11) };
    const QList<BratEntity> system = { entity("Place", 0, 11) };
    QMap<QString, EntityCounts> perType;
    const EntityCounts counts = EntityScorer::score(EntityScorer::Matching::Overlap, gold, system, &perType);
    QCOMPARE(counts.truePositives, 0);
    QCOMPARE(counts.falsePositives, 1);
    QCOMPARE(counts.falseNegatives, 1);
    QCOMPARE(perType.value(QStringLiteral("Place")).falsePositives, 1);
    QCOMPARE(perType.value(QStringLiteral("Person")).falseNegatives, 1);
    QCOMPARE(counts.f1(), 0.0);
}

void TestEntityScorer::oneToOne()
{
    // One long gold span against two system pieces: only one may match it.
    const QList<BratEntity> gold = { entity("Person", 0, 22) };
    const QList<BratEntity> system = { entity("Person", 0, 4), entity("Person", 5, 22) };
    const EntityCounts counts = EntityScorer::score(EntityScorer::Matching::Overlap, gold, system);
    QCOMPARE(counts.truePositives, 1);
    QCOMPARE(counts.falsePositives, 1);
    QCOMPARE(counts.falseNegatives, 0);
    QCOMPARE(counts.precision(), 0.5);
    QCOMPARE(counts.recall(), 1.0);
    QCOMPARE(counts.f1(), 2 * 0.5 / 1.5);

    // A system span overlapping two gold spans takes the larger overlap.
    const QList<BratEntity> twoGold = { entity("Place", 0, 3), entity("Place", 4, 20) };
    const QList<BratEntity> wide = { entity("Place", 2, 20) };
    QMap<QString, EntityCounts> perType;
    const EntityCounts widened = EntityScorer::score(EntityScorer::Matching::Overlap, twoGold, wide, &perType);
    QCOMPARE(widened.truePositives, 1);
    QCOMPARE(widened.falseNegatives, 1);
}

void TestEntityScorer::emptyInputs()
{
    const EntityCounts none = EntityScorer::score(EntityScorer::Matching::Exact, {}, {});
    QCOMPARE(none.precision(), 0.0);
    QCOMPARE(none.recall(), 0.0);
    QCOMPARE(none.f1(), 0.0);
    const EntityCounts missed = EntityScorer::score(EntityScorer::Matching::Exact, { entity("Title", 0, 7) }, {});
    QCOMPARE(missed.falseNegatives, 1);
    QCOMPARE(missed.recall(), 0.0);
}

void TestEntityScorer::accumulatesDocuments()
{
    EntityScorer scorer;
    scorer.add({ entity("Person", 0, 11), entity("Title", 12, 19) },
               { entity("Person", 0, 11), entity("Title", 12, 19) });
    scorer.add({ entity("Person", 0, 11) }, { entity("Person", 0, 5), entity("Place", 20, 25) });
    QCOMPARE(scorer.types(),
             QStringList({ QStringLiteral("Person"), QStringLiteral("Place"), QStringLiteral("Title") }));
    const EntityCounts personExact = scorer.counts(EntityScorer::Matching::Exact, QStringLiteral("Person"));
    QCOMPARE(personExact.truePositives, 1);
    QCOMPARE(personExact.falsePositives, 1);
    QCOMPARE(personExact.falseNegatives, 1);
    QCOMPARE(personExact.f1(), 0.5);
    const EntityCounts personOverlap = scorer.counts(EntityScorer::Matching::Overlap, QStringLiteral("Person"));
    QCOMPARE(personOverlap.truePositives, 2);
    QCOMPARE(personOverlap.f1(), 1.0);
    const EntityCounts overall = scorer.overall(EntityScorer::Matching::Overlap);
    QCOMPARE(overall.truePositives, 3);
    QCOMPARE(overall.falsePositives, 1);
    QCOMPARE(overall.falseNegatives, 0);
    QCOMPARE(overall.precision(), 0.75);
    QCOMPARE(overall.recall(), 1.0);
}

void TestEntityScorer::json()
{
    EntityScorer scorer;
    scorer.add({ entity("Person", 0, 11) }, { entity("Person", 0, 11) });
    const QJsonObject json = scorer.toJson();
    QCOMPARE(json.value(QStringLiteral("overall"))
                 .toObject()
                 .value(QStringLiteral("exact"))
                 .toObject()
                 .value(QStringLiteral("f1"))
                 .toDouble(),
             1.0);
    QCOMPARE(json.value(QStringLiteral("types"))
                 .toObject()
                 .value(QStringLiteral("Person"))
                 .toObject()
                 .value(QStringLiteral("overlap"))
                 .toObject()
                 .value(QStringLiteral("tp"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestEntityScorer)
#include "tst_entityscorer.moc"
