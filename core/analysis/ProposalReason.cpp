// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProposalReason.h"

#include <QStringList>

namespace annalist {

QString ProposalReason::toString() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::List:
        return QStringLiteral("list ") + type;
    case Kind::Rule:
        return QStringLiteral("rule ") + type;
    case Kind::Learned:
        return QStringLiteral("learned %1 %2").arg(type).arg(score, 0, 'f', 2);
    }
    return {};
}

ProposalReason ProposalReason::fromString(const QString &text)
{
    ProposalReason reason;
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return reason;
    if (parts.first() == QStringLiteral("list"))
        reason.kind = Kind::List;
    else if (parts.first() == QStringLiteral("rule"))
        reason.kind = Kind::Rule;
    else if (parts.first() == QStringLiteral("learned") && parts.size() >= 3)
        reason.kind = Kind::Learned;
    else
        return reason;
    // A type name may have spaces; the score, when there is one, is the last part.
    const qsizetype typeEnd = reason.kind == Kind::Learned ? parts.size() - 1 : parts.size();
    reason.type = parts.mid(1, typeEnd - 1).join(u' ');
    if (reason.kind == Kind::Learned)
        reason.score = parts.last().toDouble();
    return reason;
}

} // namespace annalist
