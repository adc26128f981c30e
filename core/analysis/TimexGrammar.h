// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TimeLexicon.h"
#include "TimeTokenizer.h"
#include "TimexSpec.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace annalist {

// An expression the grammar recognised: tokens first..last (inclusive) and meaning.
struct TimexParse
{
    int first = 0;
    int last = -1;
    TimexSpec spec;
    const char *rule = "";
};

// The rules of the time tagger: given tokens looked up in a TimeLexicon, finds the
// longest time expression that starts at a token. Rules refer to word classes, never
// to words, and follow the TIMEX3 conventions for extents: modifiers ("early", "last",
// "about"), "ago" and the article of a noun phrase ("the weekend", "the past year")
// belong to the expression; prepositions and possessive endings do not.
class TimexGrammar final
{
public:
    TimexGrammar(const TimeLexicon &lexicon, QStringView text, const QList<TimeToken> &tokens);

    // Cheap test whether anything could start at token i.
    bool canStart(int i) const;
    std::optional<TimexParse> parseAt(int i) const;

private:
    using Category = TimeLexicon::Category;
    using Entry = TimeLexicon::Entry;

    struct Amount
    {
        int last = -1;
        double value = 0;
        bool vague = false;
        bool article = false;
        QString text;
    };
    struct UnitWord
    {
        int last = -1;
        TimexUnit unit = TimexUnit::None;
        bool plural = false;
    };
    // A year given after a quarter, season or month: a number, "fiscal 1997" or
    // "this/last/next year".
    struct YearRef
    {
        int last = -1;
        int year = 0;
        bool fiscal = false;
        bool relative = false;
        int offset = 0;
    };

    // Token access.
    const TimeToken *token(int i) const { return i >= 0 && i < m_count ? &m_tokens[i] : nullptr; }
    bool isWord(int i, Category category) const;
    const Entry *single(int i, Category category) const;
    // The longest entry of `category` (with `value`, when given) starting at token i;
    // returns its last token or -1.
    int phrase(int i, Category category, const Entry **entry = nullptr, QLatin1String value = {}) const;
    bool isPunct(int i, char16_t c) const;
    bool joined(int i) const;
    bool isGrammar(int i, QLatin1String role) const;
    int grammarPhrase(int i, QLatin1String role) const;
    QStringView text(int i) const;
    bool isCapitalised(int i) const;
    // Written as a name where the language capitalises month and day names.
    bool nameCase(int i) const;
    bool isSentenceStart(int i) const;
    bool midNumber(int i) const;

    // Pieces.
    std::optional<Amount> amount(int i) const;
    std::optional<UnitWord> unit(int i) const;
    std::optional<YearRef> yearRef(int i) const;
    int ordinal(int i, int *value) const;
    int dayNumber(int i, int *value) const;
    bool plausibleYear(int i, bool licensed) const;
    bool licensedBefore(int i) const;
    bool nameFollows(int i) const;

    // Rules; each returns the expression starting at token i.
    std::optional<TimexParse> afterArticle(int i) const;
    std::optional<TimexParse> deictic(int i) const;
    std::optional<TimexParse> reference(int i) const;
    std::optional<TimexParse> holiday(int i) const;
    std::optional<TimexParse> monthFirst(int i, bool licensed) const;
    std::optional<TimexParse> dayFirst(int i, bool article) const;
    std::optional<TimexParse> weekday(int i) const;
    std::optional<TimexParse> numericDate(int i) const;
    std::optional<TimexParse> yearOrDecade(int i, bool licensed) const;
    std::optional<TimexParse> fiscalYear(int i) const;
    std::optional<TimexParse> quarter(int i, bool article) const;
    std::optional<TimexParse> season(int i, bool article) const;
    std::optional<TimexParse> century(int i) const;
    std::optional<TimexParse> clockTime(int i) const;
    std::optional<TimexParse> relative(int i, bool article) const;
    std::optional<TimexParse> position(int i, bool article) const;
    std::optional<TimexParse> earlierLater(int i) const;
    std::optional<TimexParse> unitPosition(int i) const;
    std::optional<TimexParse> duration(int i) const;
    std::optional<TimexParse> durationCore(int i) const;
    std::optional<TimexParse> bareUnits(int i) const;
    std::optional<TimexParse> setExpression(int i) const;
    // A date that a position word may modify ("early 2025", "late last year").
    std::optional<TimexParse> positionTarget(int i, bool afterOf) const;

    const TimeLexicon &m_lexicon;
    QStringView m_text;
    const TimeToken *m_tokens;
    int m_count;
    bool m_capitalisedNames;
};

} // namespace annalist
