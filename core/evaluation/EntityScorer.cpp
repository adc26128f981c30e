// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EntityScorer.h"

#include <QJsonArray>

#include <algorithm>

namespace annalist {

double EntityCounts::precision() const
{
    const int found = truePositives + falsePositives;
    return found == 0 ? 0.0 : double(truePositives) / found;
}

double EntityCounts::recall() const
{
    const int gold = truePositives + falseNegatives;
    return gold == 0 ? 0.0 : double(truePositives) / gold;
}

double EntityCounts::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}

EntityCounts &EntityCounts::operator+=(const EntityCounts &other)
{
    truePositives += other.truePositives;
    falsePositives += other.falsePositives;
    falseNegatives += other.falseNegatives;
    return *this;
}

QJsonObject EntityCounts::toJson() const
{
    return { { QStringLiteral("tp"), truePositives },  { QStringLiteral("fp"), falsePositives },
             { QStringLiteral("fn"), falseNegatives }, { QStringLiteral("precision"), precision() },
             { QStringLiteral("recall"), recall() },   { QStringLiteral("f1"), f1() } };
}

EntityCounts EntityScorer::score(Matching matching, const QList<BratEntity> &gold, const QList<BratEntity> &system,
                                 QMap<QString, EntityCounts> *perType)
{
    QList<bool> goldUsed(gold.size(), false);
    EntityCounts total;
    QMap<QString, EntityCounts> types;
    for (const BratEntity &candidate : system) {
        qsizetype best = -1;
        int bestOverlap = 0;
        for (qsizetype index = 0; index < gold.size(); ++index) {
            const BratEntity &reference = gold.at(index);
            if (goldUsed.at(index) || reference.type != candidate.type)
                continue;
            if (matching == Matching::Exact) {
                if (reference.start == candidate.start && reference.end == candidate.end) {
                    best = index;
                    break;
                }
                continue;
            }
            const int overlap = std::min(reference.end, candidate.end) - std::max(reference.start, candidate.start);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = index;
            }
        }
        if (best >= 0) {
            goldUsed[best] = true;
            ++types[candidate.type].truePositives;
        } else {
            ++types[candidate.type].falsePositives;
        }
    }
    for (qsizetype index = 0; index < gold.size(); ++index) {
        if (!goldUsed.at(index))
            ++types[gold.at(index).type].falseNegatives;
    }
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        total += it.value();
        if (perType)
            (*perType)[it.key()] += it.value();
    }
    return total;
}

void EntityScorer::add(const QList<BratEntity> &gold, const QList<BratEntity> &system)
{
    score(Matching::Exact, gold, system, &m_exact);
    score(Matching::Overlap, gold, system, &m_overlap);
}

EntityCounts EntityScorer::counts(Matching matching, const QString &type) const
{
    return (matching == Matching::Exact ? m_exact : m_overlap).value(type);
}

EntityCounts EntityScorer::overall(Matching matching) const
{
    EntityCounts total;
    for (const EntityCounts &counts : matching == Matching::Exact ? m_exact : m_overlap)
        total += counts;
    return total;
}

QStringList EntityScorer::types() const
{
    QStringList names = m_exact.keys();
    for (const QString &type : m_overlap.keys()) {
        if (!names.contains(type))
            names.append(type);
    }
    names.sort();
    return names;
}

QJsonObject EntityScorer::toJson() const
{
    QJsonObject typesJson;
    for (const QString &type : types()) {
        typesJson.insert(type,
                         QJsonObject { { QStringLiteral("exact"), counts(Matching::Exact, type).toJson() },
                                       { QStringLiteral("overlap"), counts(Matching::Overlap, type).toJson() } });
    }
    return { { QStringLiteral("types"), typesJson },
             { QStringLiteral("overall"),
               QJsonObject { { QStringLiteral("exact"), overall(Matching::Exact).toJson() },
                             { QStringLiteral("overlap"), overall(Matching::Overlap).toJson() } } } };
}

} // namespace annalist
