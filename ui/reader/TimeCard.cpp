// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeCard.h"

namespace annalist {

namespace {

QString typeName(Timex::Type type)
{
    switch (type) {
    case Timex::Type::Date:
        return TimeCard::tr("Date");
    case Timex::Type::Time:
        return TimeCard::tr("Time of day");
    case Timex::Type::Duration:
        return TimeCard::tr("Duration");
    case Timex::Type::Set:
        return TimeCard::tr("Recurring time");
    }
    return {};
}

} // namespace

QString TimeCard::toHtml() const
{
    QString state;
    switch (status) {
    case Mention::Status::Candidate:
        state = tr("proposed: Enter accepts, Delete rejects");
        break;
    case Mention::Status::Confirmed:
        state = tr("accepted: Delete rejects");
        break;
    case Mention::Status::Rejected:
        state = tr("rejected");
        break;
    }
    // One line per item: a tooltip wraps rich text at a narrow width otherwise.
    const QString line = QStringLiteral("<div style='white-space:pre'>%1</div>");
    const QString gap = QStringLiteral("<div style='white-space:pre; margin-top:5px'>%1</div>");
    QString html = line.arg(QStringLiteral("<b>\u201c%1\u201d</b>").arg(expression.simplified().toHtmlEscaped()))
        + line.arg(QStringLiteral("%1 · <i>%2</i>").arg(typeName(type), state));
    html
        += gap.arg(meaning.isEmpty() ? tr("Not placed in time")
                                     : tr("Read as: %1").arg(QStringLiteral("<b>%1</b>").arg(meaning.toHtmlEscaped())));
    if (!value.isEmpty())
        html += line.arg(tr("TIMEX3 value: %1").arg(value.toHtmlEscaped()));
    html += line.arg(anchor.isEmpty() ? tr("The source is undated: relative words have nothing to be read against")
                                      : tr("Anchor: the source's date, %1").arg(anchor.toHtmlEscaped()));
    return html;
}

} // namespace annalist
