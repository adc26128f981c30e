// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace annalist {

struct ExportContent;
struct ExportOptions;

// The dated events of a chronology as an iCalendar file (RFC 5545): one VEVENT per
// event whose time has both bounds, all-day (VALUE=DATE, the end the day after) for
// times known to the day or coarser, in UTC for times known to the hour or finer.
// Events without both bounds have no place in a calendar and are left out. Text is
// escaped, lines are folded at 75 octets without splitting a UTF-8 character, and end
// with CRLF.
class ICalendarWriter final
{
public:
    static QByteArray write(const ExportContent &content, const ExportOptions &options);
    // How many of the entries a calendar can hold.
    static int dateableEvents(const ExportContent &content);

    // TEXT value escaping: backslash, semicolon, comma and line breaks.
    static QString escaped(const QString &text);
    // One content line, folded and ended with CRLF.
    static QByteArray folded(const QString &line);
};

} // namespace annalist
