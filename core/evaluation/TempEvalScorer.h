// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Timex.h"

#include <QList>
#include <QString>

namespace annalist {

// TempEval-3 measures for time expression extraction, from the counts below:
// strict match (same extent) and relaxed match (any overlap) precision, recall and F1;
// type accuracy over relaxed matches; and value F1, where a relaxed match counts only
// when its value is right too (attribute F1 of TempEval-3). Matches pair one gold
// expression with at most one system expression.
struct TempEvalCounts
{
    int gold = 0;
    int system = 0;
    int strict = 0;
    int relaxed = 0;
    int typeMatches = 0;
    int valueMatches = 0;

    TempEvalCounts &operator+=(const TempEvalCounts &other);
    friend bool operator==(const TempEvalCounts &, const TempEvalCounts &) = default;

    double strictPrecision() const;
    double strictRecall() const;
    double strictF1() const;
    double relaxedPrecision() const;
    double relaxedRecall() const;
    double relaxedF1() const;
    double typeAccuracy() const;
    double typeF1() const;
    double valuePrecision() const;
    double valueRecall() const;
    double valueF1() const;
    double valueAccuracy() const;
};

class TempEvalScorer final
{
public:
    struct Span
    {
        int start = 0;
        int end = 0;
        Timex::Type type = Timex::Type::Date;
        QString value;
    };
    struct DocumentScore
    {
        QString name;
        TempEvalCounts counts;
    };

    static TempEvalCounts score(const QList<Span> &gold, const QList<Span> &system);

    // Scores one document and keeps it for the micro-averaged total.
    TempEvalCounts add(const QString &name, const QList<Span> &gold, const QList<Span> &system);
    QList<DocumentScore> documents() const { return m_documents; }
    // Sums of all documents' counts: micro-averaged measures.
    TempEvalCounts total() const;

private:
    QList<DocumentScore> m_documents;
};

} // namespace annalist
