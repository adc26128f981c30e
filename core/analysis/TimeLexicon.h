// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <vector>

namespace annalist {

// The words of one language that the time tagger's rules refer to, by class: month
// and day names, number words, units, trigger words... They are data, read from
// resources/analysis/time/<language>/<class>.txt, so that a list can be extended or
// another language added without touching the rules. A key may be a phrase of several
// tokens ("a couple of", "new year's day"); lookups are case-insensitive.
class TimeLexicon final
{
public:
    enum class Category : quint8 {
        Month,
        Weekday,
        Number,
        Ordinal,
        OrdinalSuffix,
        Unit,
        Season,
        PartOfDay,
        ClockWord,
        Meridiem,
        TimeZone,
        Deictic,
        Reference,
        Position,
        Approximator,
        Relative,
        Direction,
        Quantifier,
        Frequency,
        Multiplier,
        Grammar,
        Licensor,
        Tense,
        CountNoun,
        NotYearBefore,
        NameWord,
        Holiday,
    };
    static constexpr int categoryCount = int(Category::Holiday) + 1;

    enum Flag : quint32 {
        Abbreviation = 1u << 0,
        Plural = 1u << 1,
        Ambiguous = 1u << 2,
        Anaphoric = 1u << 3,
    };

    struct Entry
    {
        Category category = Category::Grammar;
        // Folded tokens after the first one, for phrases ("couple", "of").
        QStringList tail;
        QString value;
        // The value as a number where it is one, else INT_MIN.
        int number = 0;
        quint32 flags = 0;
        // Flags that are not among the known ones ("NI" for "tonight").
        QString extra;

        bool has(Flag flag) const { return (flags & flag) != 0; }
    };

    // Everything a lexicon knows about one word as it may start an entry.
    struct Word
    {
        QString folded;
        // Bit per category of the one-token entries of this word.
        quint32 categories = 0;
        // Bit per category of all entries this word starts, phrases included.
        quint32 startsCategories = 0;
        // Indices into entries(), longest phrase first.
        QList<int> entries;
        // Index of the one-token entry of each category, -1 when none.
        std::array<int, categoryCount> singles {};

        bool is(Category category) const { return (categories & (1u << int(category))) != 0; }
        bool starts(Category category) const { return (startsCategories & (1u << int(category))) != 0; }
    };

    // The English lists, read once; safe to call from any thread.
    static const TimeLexicon &english();
    // The lists of a language folder under :/analysis/time/, read once; English when
    // the language has none.
    static const TimeLexicon &forLanguage(const QString &language);

    QString language() const { return m_language; }
    // nullptr when the word starts no entry.
    const Word *find(QStringView word) const;
    const Entry &entry(int index) const { return m_entries.at(index); }
    // The one-token entry of a word in a category, or nullptr.
    const Entry *single(const Word *word, Category category) const;
    // Word endings of a category ("ed" for Tense), with their entries.
    const QList<QPair<QString, int>> &suffixes() const { return m_suffixes; }
    int longestKey() const { return m_longestKey; }
    // A setting of the language from settings.txt ("capitalised names": "yes").
    QString setting(const QString &name) const { return m_settings.value(name); }

    // Case folding used for keys: lower case, typographic apostrophes as ASCII.
    static QChar fold(QChar c);

    // For building a lexicon from lists in tests: `lists` maps a category file name
    // ("months") to its text.
    static TimeLexicon fromLists(const QString &language, const QList<QPair<QString, QString>> &lists);

private:
    TimeLexicon() = default;
    static TimeLexicon load(const QString &language);
    void addList(Category category, const QString &text);
    void addEntry(const QStringList &tokens, Entry entry);
    void buildIndex();
    static quint32 hash(QStringView word);

    QString m_language;
    std::vector<Word> m_words;
    QList<Entry> m_entries;
    QList<QPair<QString, int>> m_suffixes;
    // Open addressing over m_words: index + 1, 0 for an empty slot.
    std::vector<int> m_slots;
    int m_longestKey = 0;
    QHash<QString, QString> m_settings;
};

} // namespace annalist
