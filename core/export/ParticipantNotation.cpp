// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ParticipantNotation.h"

#include <QStringList>

namespace annalist {

QString ParticipantNotation::write(const QList<Name> &names, const QString &usualType)
{
    QStringList parts;
    for (const Name &name : names) {
        QString part = name.name;
        // A name that itself ends in parentheses gets an empty role, so that it is not
        // read back as name and role.
        if (!name.role.isEmpty() || part.endsWith(u')'))
            part += QStringLiteral(" (") + name.role + u')';
        if (!name.typeName.isEmpty() && name.typeName.compare(usualType, Qt::CaseInsensitive) != 0)
            part += QStringLiteral(" [") + name.typeName + u']';
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

QList<ParticipantNotation::Name> ParticipantNotation::read(const QString &cell)
{
    QList<Name> names;
    for (const QString &rawPart : cell.split(u';')) {
        QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        Name name;
        if (part.endsWith(u']')) {
            const qsizetype open = part.lastIndexOf(u'[');
            if (open > 0) {
                name.typeName = part.mid(open + 1, part.size() - open - 2).trimmed();
                part = part.left(open).trimmed();
            }
        }
        if (part.endsWith(u')')) {
            // The parenthesis that closes at the end: roles may hold parentheses too.
            int depth = 0;
            for (qsizetype i = part.size() - 1; i >= 0; --i) {
                if (part.at(i) == u')')
                    ++depth;
                else if (part.at(i) == u'(' && --depth == 0) {
                    if (i > 0) {
                        name.role = part.mid(i + 1, part.size() - i - 2).trimmed();
                        part = part.left(i).trimmed();
                    }
                    break;
                }
            }
        }
        name.name = part;
        if (!name.name.isEmpty())
            names << name;
    }
    return names;
}

} // namespace annalist
