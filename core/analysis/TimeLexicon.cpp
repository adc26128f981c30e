// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeLexicon.h"

#include "TimeTokenizer.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <climits>
#include <map>
#include <memory>

namespace annalist {

namespace {

struct CategoryFile
{
    TimeLexicon::Category category;
    const char *file;
};

constexpr CategoryFile categoryFiles[] = {
    { TimeLexicon::Category::Month, "months" },
    { TimeLexicon::Category::Weekday, "weekdays" },
    { TimeLexicon::Category::Number, "numbers" },
    { TimeLexicon::Category::Ordinal, "ordinals" },
    { TimeLexicon::Category::OrdinalSuffix, "ordinalsuffixes" },
    { TimeLexicon::Category::Unit, "units" },
    { TimeLexicon::Category::Season, "seasons" },
    { TimeLexicon::Category::PartOfDay, "partsofday" },
    { TimeLexicon::Category::ClockWord, "clockwords" },
    { TimeLexicon::Category::Meridiem, "meridiems" },
    { TimeLexicon::Category::TimeZone, "timezones" },
    { TimeLexicon::Category::Deictic, "deictic" },
    { TimeLexicon::Category::Reference, "references" },
    { TimeLexicon::Category::Position, "positions" },
    { TimeLexicon::Category::Approximator, "approximators" },
    { TimeLexicon::Category::Relative, "relatives" },
    { TimeLexicon::Category::Direction, "directions" },
    { TimeLexicon::Category::Quantifier, "quantifiers" },
    { TimeLexicon::Category::Frequency, "frequencies" },
    { TimeLexicon::Category::Multiplier, "multipliers" },
    { TimeLexicon::Category::Grammar, "grammar" },
    { TimeLexicon::Category::Licensor, "licensors" },
    { TimeLexicon::Category::Tense, "tense" },
    { TimeLexicon::Category::CountNoun, "countnouns" },
    { TimeLexicon::Category::NotYearBefore, "notyearbefore" },
    { TimeLexicon::Category::NameWord, "namewords" },
    { TimeLexicon::Category::Holiday, "holidays" },
};
static_assert(std::size(categoryFiles) == TimeLexicon::categoryCount);

QString foldedToken(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text)
        folded.append(TimeLexicon::fold(c));
    return folded;
}

quint32 parseFlags(const QString &field, QString *extra)
{
    quint32 flags = 0;
    const QStringList names = field.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name == QLatin1String("abbr"))
            flags |= TimeLexicon::Abbreviation;
        else if (name == QLatin1String("plural"))
            flags |= TimeLexicon::Plural;
        else if (name == QLatin1String("ambiguous"))
            flags |= TimeLexicon::Ambiguous;
        else if (name == QLatin1String("anaphoric"))
            flags |= TimeLexicon::Anaphoric;
        else if (!name.isEmpty())
            *extra = name;
    }
    return flags;
}

} // namespace

QChar TimeLexicon::fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + 32)) : c;
    if (u == 0x2019 || u == 0x2018 || u == 0x02BC)
        return QChar(u'\'');
    return c.toLower();
}

quint32 TimeLexicon::hash(QStringView word)
{
    quint32 h = 2166136261u;
    for (QChar c : word) {
        h ^= fold(c).unicode();
        h *= 16777619u;
    }
    return h;
}

const TimeLexicon &TimeLexicon::english()
{
    static const TimeLexicon lexicon = load(QStringLiteral("en"));
    return lexicon;
}

const TimeLexicon &TimeLexicon::forLanguage(const QString &language)
{
    if (language.isEmpty() || language == QLatin1String("en"))
        return english();
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<TimeLexicon>> loaded;
    QMutexLocker locker(&mutex);
    auto found = loaded.find(language);
    if (found == loaded.end()) {
        if (!QDir(QStringLiteral(":/analysis/time/") + language).exists())
            return english();
        found = loaded.emplace(language, std::make_unique<TimeLexicon>(load(language))).first;
    }
    return *found->second;
}

TimeLexicon TimeLexicon::load(const QString &language)
{
    QList<QPair<QString, QString>> lists;
    for (const CategoryFile &file : categoryFiles) {
        QFile resource(QStringLiteral(":/analysis/time/%1/%2.txt").arg(language, QLatin1String(file.file)));
        if (resource.open(QIODevice::ReadOnly))
            lists.append({ QLatin1String(file.file), QString::fromUtf8(resource.readAll()) });
    }
    QFile settings(QStringLiteral(":/analysis/time/%1/settings.txt").arg(language));
    if (settings.open(QIODevice::ReadOnly))
        lists.append({ QStringLiteral("settings"), QString::fromUtf8(settings.readAll()) });
    return fromLists(language, lists);
}

TimeLexicon TimeLexicon::fromLists(const QString &language, const QList<QPair<QString, QString>> &lists)
{
    TimeLexicon lexicon;
    lexicon.m_language = language;
    for (const auto &[name, text] : lists) {
        if (name == QLatin1String("settings")) {
            const QStringList lines = text.split(u'\n');
            for (const QString &line : lines) {
                const QStringList fields = line.section(u'#', 0, 0).split(u'\t');
                if (fields.size() >= 2 && !fields.first().trimmed().isEmpty())
                    lexicon.m_settings.insert(fields.first().trimmed(), fields.at(1).trimmed());
            }
            continue;
        }
        for (const CategoryFile &file : categoryFiles) {
            if (name == QLatin1String(file.file))
                lexicon.addList(file.category, text);
        }
    }
    lexicon.buildIndex();
    return lexicon;
}

void TimeLexicon::addList(Category category, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (const QString &rawLine : lines) {
        QString line = rawLine;
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line.truncate(hash);
        const QStringList fields = line.split(u'\t');
        const QString key = fields.value(0).trimmed();
        if (key.isEmpty())
            continue;
        Entry entry;
        entry.category = category;
        entry.value = fields.value(1).trimmed();
        bool numeric = false;
        entry.number = entry.value.toInt(&numeric);
        if (!numeric)
            entry.number = INT_MIN;
        entry.flags = parseFlags(fields.value(2), &entry.extra);
        if (key.startsWith(u'*')) {
            m_entries.append(entry);
            m_suffixes.append({ foldedToken(QStringView(key).mid(1)), int(m_entries.size() - 1) });
            continue;
        }
        QStringList tokens;
        for (const TimeToken &token : TimeTokenizer::tokenize(key))
            tokens << foldedToken(QStringView(key).mid(token.start, token.end - token.start));
        if (!tokens.isEmpty())
            addEntry(tokens, entry);
    }
}

void TimeLexicon::addEntry(const QStringList &tokens, Entry entry)
{
    entry.tail = tokens.mid(1);
    m_entries.append(entry);
    const int index = int(m_entries.size() - 1);
    const QString &first = tokens.first();
    auto word = std::find_if(m_words.begin(), m_words.end(), [&](const Word &w) { return w.folded == first; });
    if (word == m_words.end()) {
        Word created;
        created.folded = first;
        created.singles.fill(-1);
        m_words.push_back(created);
        word = m_words.end() - 1;
    }
    word->entries.append(index);
    word->startsCategories |= 1u << int(entry.category);
    if (entry.tail.isEmpty()) {
        word->categories |= 1u << int(entry.category);
        if (word->singles[size_t(entry.category)] < 0)
            word->singles[size_t(entry.category)] = index;
    }
    m_longestKey = std::max(m_longestKey, int(first.size()));
}

void TimeLexicon::buildIndex()
{
    for (Word &word : m_words) {
        std::stable_sort(word.entries.begin(), word.entries.end(),
                         [this](int a, int b) { return m_entries.at(a).tail.size() > m_entries.at(b).tail.size(); });
    }
    size_t size = 16;
    while (size < m_words.size() * 3)
        size *= 2;
    m_slots.assign(size, 0);
    for (size_t i = 0; i < m_words.size(); ++i) {
        size_t slot = hash(m_words[i].folded) & (size - 1);
        while (m_slots[slot] != 0)
            slot = (slot + 1) & (size - 1);
        m_slots[slot] = int(i) + 1;
    }
}

const TimeLexicon::Word *TimeLexicon::find(QStringView word) const
{
    if (word.isEmpty() || word.size() > m_longestKey || m_slots.empty())
        return nullptr;
    const size_t mask = m_slots.size() - 1;
    size_t slot = hash(word) & mask;
    while (const int index = m_slots[slot]) {
        const Word &candidate = m_words[size_t(index - 1)];
        if (candidate.folded.size() == word.size()) {
            bool same = true;
            for (qsizetype i = 0; i < word.size() && same; ++i)
                same = fold(word[i]) == candidate.folded[i];
            if (same)
                return &candidate;
        }
        slot = (slot + 1) & mask;
    }
    return nullptr;
}

const TimeLexicon::Entry *TimeLexicon::single(const Word *word, Category category) const
{
    if (!word)
        return nullptr;
    const int index = word->singles[size_t(category)];
    return index >= 0 ? &m_entries.at(index) : nullptr;
}

} // namespace annalist
