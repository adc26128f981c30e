// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSet>
#include <QString>

namespace annalist {

// An English word list (Debian's wamerican, compiled in at build time), to tell the
// capitalised words that are ordinary English ("Later", "Officials", "Shares") from
// names ("Kopp", "Texas"). A word the list only has in lower case is common; one the
// list also has capitalised ("Bush", "Rich") may be a name.
class EnglishWords final
{
public:
    // The compiled-in list, loaded once.
    static const EnglishWords &bundled();

    EnglishWords() = default;
    // One entry of the list as written there ("house", "Texas").
    void add(const QString &entry);

    // `lower` is an ordinary English word and never a name in the list.
    bool isCommon(const QString &lower) const { return m_lower.contains(lower) && !m_capitalised.contains(lower); }
    // `lower` is in the list at all, in either form.
    bool contains(const QString &lower) const { return m_lower.contains(lower) || m_capitalised.contains(lower); }
    int size() const { return int(m_lower.size() + m_capitalised.size()); }

private:
    QSet<QString> m_lower;
    QSet<QString> m_capitalised; // lower-cased
};

} // namespace annalist
