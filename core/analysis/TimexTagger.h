// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TimeLexicon.h"
#include "TimexMatch.h"
#include "model/TimeValue.h"

#include <QList>
#include <QString>

namespace annalist {

// Rule-based TIMEX3 tagger: finds dates, times, durations and sets in a text and
// resolves them against the document's publication time (the anchor), which may be
// unknown or only bounded. The text is tokenised once; words are looked up in the
// lexicon's hash table, and rules run only where a token could start an expression,
// so the cost grows with the text, not with the number of rules.
//
// Numeric dates with slashes or hyphens are read month/day/year (the American order of
// English news) unless the first number cannot be a month; when both orders make a
// date, the value takes the American one and the resolved bounds cover both, marked
// Uncertain. Dates with dots ("03.04.2025") are read day.month.year.
//
// Const and reentrant: one tagger may serve several threads.
class TimexTagger final
{
public:
    explicit TimexTagger(const TimeLexicon &lexicon = TimeLexicon::english());

    QList<TimexMatch> tag(const QString &text, const TimeValue &anchor) const;

private:
    const TimeLexicon &m_lexicon;
};

} // namespace annalist
