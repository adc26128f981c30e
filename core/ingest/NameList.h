// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace annalist {

// Names of people or organisations as a page states them: whitespace collapsed,
// blanks left out, each name once, in the order first seen.
class NameList final
{
public:
    void add(const QString &name);
    bool isEmpty() const { return m_names.isEmpty(); }
    QString first() const { return m_names.isEmpty() ? QString() : m_names.constFirst(); }
    // "Ana Peña, Luis Ortega"
    QString joined() const { return m_names.join(QStringLiteral(", ")); }

    // A profile address given where a name belongs ("https://facebook.com/…").
    static bool looksLikeUrl(const QString &text);

private:
    QStringList m_names;
};

} // namespace annalist
