// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace annalist {

// How a table cell names the people, organisations or place of an event:
// "Marco Rubio (host); Kestrian Ministry of Transport [Organisation]". The role is in
// parentheses, the entity type in brackets when it is not the column's usual one;
// names are separated by semicolons.
class ParticipantNotation final
{
public:
    struct Name
    {
        QString name;
        QString role;
        QString typeName; // empty when the cell gives none
        friend bool operator==(const Name &, const Name &) = default;
    };

    static QString write(const QList<Name> &names, const QString &usualType);
    static QList<Name> read(const QString &cell);
};

} // namespace annalist
