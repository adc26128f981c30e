// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempEvalScorer.h"

#include <algorithm>

namespace annalist {

namespace {

double ratio(int part, int whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

double harmonic(double precision, double recall)
{
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}

int overlap(const TempEvalScorer::Span &a, const TempEvalScorer::Span &b)
{
    return std::min(a.end, b.end) - std::max(a.start, b.start);
}

} // namespace

TempEvalCounts &TempEvalCounts::operator+=(const TempEvalCounts &other)
{
    gold += other.gold;
    system += other.system;
    strict += other.strict;
    relaxed += other.relaxed;
    typeMatches += other.typeMatches;
    valueMatches += other.valueMatches;
    return *this;
}

double TempEvalCounts::strictPrecision() const
{
    return ratio(strict, system);
}
double TempEvalCounts::strictRecall() const
{
    return ratio(strict, gold);
}
double TempEvalCounts::strictF1() const
{
    return harmonic(strictPrecision(), strictRecall());
}
double TempEvalCounts::relaxedPrecision() const
{
    return ratio(relaxed, system);
}
double TempEvalCounts::relaxedRecall() const
{
    return ratio(relaxed, gold);
}
double TempEvalCounts::relaxedF1() const
{
    return harmonic(relaxedPrecision(), relaxedRecall());
}
double TempEvalCounts::typeAccuracy() const
{
    return ratio(typeMatches, relaxed);
}
double TempEvalCounts::typeF1() const
{
    return harmonic(ratio(typeMatches, system), ratio(typeMatches, gold));
}
double TempEvalCounts::valuePrecision() const
{
    return ratio(valueMatches, system);
}
double TempEvalCounts::valueRecall() const
{
    return ratio(valueMatches, gold);
}
double TempEvalCounts::valueF1() const
{
    return harmonic(valuePrecision(), valueRecall());
}
double TempEvalCounts::valueAccuracy() const
{
    return ratio(valueMatches, relaxed);
}

TempEvalCounts TempEvalScorer::score(const QList<Span> &gold, const QList<Span> &system)
{
    TempEvalCounts counts;
    counts.gold = int(gold.size());
    counts.system = int(system.size());

    QList<bool> goldUsed(gold.size(), false);
    for (const Span &candidate : system) {
        for (qsizetype g = 0; g < gold.size(); ++g) {
            if (!goldUsed[g] && gold[g].start == candidate.start && gold[g].end == candidate.end) {
                goldUsed[g] = true;
                ++counts.strict;
                break;
            }
        }
    }

    // Relaxed: each system expression takes the free gold one it overlaps most, an exact
    // one first, so that a long expression does not steal a neighbour's partner.
    goldUsed.fill(false);
    QList<qsizetype> partner(system.size(), -1);
    for (qsizetype s = 0; s < system.size(); ++s) {
        for (qsizetype g = 0; g < gold.size(); ++g) {
            if (!goldUsed[g] && gold[g].start == system[s].start && gold[g].end == system[s].end) {
                goldUsed[g] = true;
                partner[s] = g;
                break;
            }
        }
    }
    for (qsizetype s = 0; s < system.size(); ++s) {
        if (partner[s] >= 0)
            continue;
        qsizetype best = -1;
        int bestOverlap = 0;
        for (qsizetype g = 0; g < gold.size(); ++g) {
            const int shared = overlap(gold[g], system[s]);
            if (!goldUsed[g] && shared > bestOverlap) {
                best = g;
                bestOverlap = shared;
            }
        }
        if (best >= 0) {
            goldUsed[best] = true;
            partner[s] = best;
        }
    }
    for (qsizetype s = 0; s < system.size(); ++s) {
        if (partner[s] < 0)
            continue;
        const Span &g = gold[partner[s]];
        ++counts.relaxed;
        if (g.type == system[s].type)
            ++counts.typeMatches;
        if (g.value.trimmed() == system[s].value.trimmed())
            ++counts.valueMatches;
    }
    return counts;
}

TempEvalCounts TempEvalScorer::add(const QString &name, const QList<Span> &gold, const QList<Span> &system)
{
    const TempEvalCounts counts = score(gold, system);
    m_documents.append({ name, counts });
    return counts;
}

TempEvalCounts TempEvalScorer::total() const
{
    TempEvalCounts sum;
    for (const DocumentScore &document : m_documents)
        sum += document.counts;
    return sum;
}

} // namespace annalist
