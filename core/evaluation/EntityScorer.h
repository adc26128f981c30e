// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/BratDocument.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace annalist {

// True positives, false positives and false negatives, with the measures from them.
struct EntityCounts
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    double precision() const;
    double recall() const;
    double f1() const;
    EntityCounts &operator+=(const EntityCounts &other);
    QJsonObject toJson() const;
};

// Scores system entities against gold ones, per type and overall, under two matchings:
// exact (same start and end) and overlap (the spans share at least one character).
// The type must match in both; every gold and every system entity is matched at most
// once (greedily, in text order, preferring the largest overlap).
class EntityScorer final
{
public:
    enum class Matching { Exact, Overlap };

    void add(const QList<BratEntity> &gold, const QList<BratEntity> &system);

    EntityCounts counts(Matching matching, const QString &type) const;
    EntityCounts overall(Matching matching) const;
    // Every type seen in gold or system, sorted.
    QStringList types() const;
    QJsonObject toJson() const;

    static EntityCounts score(Matching matching, const QList<BratEntity> &gold, const QList<BratEntity> &system,
                              QMap<QString, EntityCounts> *perType = nullptr);

private:
    QMap<QString, EntityCounts> m_exact;
    QMap<QString, EntityCounts> m_overlap;
};

} // namespace annalist
