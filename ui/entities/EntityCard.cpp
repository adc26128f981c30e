// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EntityCard.h"

namespace annalist {

QString EntityCard::toHtml() const
{
    const QString swatch = QStringLiteral("<span style='color:%1'>&#9632;</span>")
                               .arg(typeColor.isValid() ? typeColor.name() : QStringLiteral("gray"));
    const QString type = typeName.isEmpty() ? tr("Unknown type") : typeName.toHtmlEscaped();
    QString state;
    switch (status) {
    case Mention::Status::Candidate:
        state = tr("candidate: Enter accepts, Delete rejects");
        break;
    case Mention::Status::Confirmed:
        state = decided.isEmpty() ? tr("confirmed") : tr("confirmed %1").arg(decided.toHtmlEscaped());
        break;
    case Mention::Status::Rejected:
        state = decided.isEmpty() ? tr("rejected") : tr("rejected %1").arg(decided.toHtmlEscaped());
        break;
    }

    // One line per item: a tooltip wraps rich text at a narrow width otherwise.
    const QString line = QStringLiteral("<div style='white-space:pre'>%1</div>");
    const QString gap = QStringLiteral("<div style='white-space:pre; margin-top:5px'>%1</div>");
    QString html = line.arg(QStringLiteral("<b>%1</b>").arg(canonicalName.toHtmlEscaped()))
        + line.arg(QStringLiteral("%1 %2 · <i>%3</i>").arg(swatch, type, state));
    if (!aliases.isEmpty()) {
        // A long list would hide the text under the card.
        constexpr int shownAliases = 6;
        QStringList escaped;
        for (const QString &alias : aliases.mid(0, shownAliases))
            escaped << alias.toHtmlEscaped();
        if (aliases.size() > shownAliases)
            escaped << tr("%1 more").arg(aliases.size() - shownAliases);
        html += gap.arg(tr("Also: %1").arg(escaped.join(QStringLiteral(", "))));
    }
    constexpr int shownRoles = 5;
    for (int i = 0; i < roles.size() && i < shownRoles; ++i)
        html += (i == 0 ? gap : line).arg(QStringLiteral("• ") + roles.at(i).toHtmlEscaped());
    if (roles.size() > shownRoles)
        html += line.arg(QStringLiteral("• ") + tr("%1 more roles").arg(roles.size() - shownRoles));
    html += gap.arg(mentionsInSource == 1 ? tr("1 mention in this source")
                                          : tr("%1 mentions in this source").arg(mentionsInSource));
    return html;
}

} // namespace annalist
