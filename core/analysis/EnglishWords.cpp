// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EnglishWords.h"

#include <QFile>

namespace annalist {

const EnglishWords &EnglishWords::bundled()
{
    static const EnglishWords words = [] {
        EnglishWords list;
        QFile file(QStringLiteral(":/analysis/english/english-words.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("EnglishWords: cannot read the compiled-in word list");
            return list;
        }
        const QString text = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts))
            list.add(line.trimmed().toString());
        return list;
    }();
    return words;
}

void EnglishWords::add(const QString &entry)
{
    // Possessives ("house's") add nothing.
    if (entry.isEmpty() || entry.contains(u'\''))
        return;
    if (entry.at(0).isUpper())
        m_capitalised.insert(entry.toLower());
    else
        m_lower.insert(entry);
}

} // namespace annalist
