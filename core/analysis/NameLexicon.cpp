// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NameLexicon.h"

#include <QFile>

namespace annalist {

QString NameLexicon::resourcePath(List list)
{
    static const char *const names[ListCount] = {
        "titles",
        "honorifics",
        "organisation_heads",
        "place_heads",
        "places",
        "stopwords",
        "person_verbs",
        "place_prepositions",
        "connectors",
        "given_names",
        "abbreviations",
        "demonyms",
        "place_prefixes",
        "organisation_cues_after",
        "organisation_cues_before",
        "title_modifiers",
        "organisations",
    };
    return QStringLiteral(":/analysis/names/%1.txt").arg(QLatin1String(names[int(list)]));
}

const NameLexicon &NameLexicon::bundled()
{
    static const NameLexicon lexicon = [] {
        NameLexicon loaded;
        for (int index = 0; index < ListCount; ++index) {
            QFile file(resourcePath(List(index)));
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                const QString entry = line.trimmed();
                if (!entry.isEmpty() && !entry.startsWith(QLatin1Char('#')))
                    loaded.add(List(index), entry);
            }
        }
        return loaded;
    }();
    return lexicon;
}

void NameLexicon::add(List list, const QString &entry)
{
    const QString phrase = entry.simplified().toLower();
    if (phrase.isEmpty())
        return;
    m_lists[int(list)].insert(phrase);
    m_firstWords[int(list)].insert(phrase.section(QLatin1Char(' '), 0, 0));
    m_longest[int(list)] = std::max<int>(m_longest[int(list)], int(phrase.count(QLatin1Char(' '))) + 1);
}

int NameLexicon::longestPhrase(List list, const QStringList &lowerWords, int from, int to) const
{
    if (from >= to || !m_firstWords[int(list)].contains(lowerWords.at(from)))
        return 0;
    const int most = std::min(m_longest[int(list)], to - from);
    for (int length = most; length >= 1; --length) {
        QString phrase = lowerWords.at(from);
        for (int index = from + 1; index < from + length; ++index)
            phrase += QLatin1Char(' ') + lowerWords.at(index);
        if (m_lists[int(list)].contains(phrase))
            return length;
    }
    return 0;
}

} // namespace annalist
