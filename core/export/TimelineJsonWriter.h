// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace annalist {

struct ChronologyEntry;
struct ExportContent;
struct ExportOptions;

// The chronology in the JSON format of TimelineJS3 (Knight Lab): a title slide and one
// slide per dated event with start and end date at the event's precision, display date
// in words, headline, an HTML text of description, place, people and quotes, and the
// lane as group. Every slide also carries the whole event under "annalist" (time as
// EDTF, participants with roles and types, passages with source, stance and reported
// time), and undated events, which TimelineJS cannot show, are kept under
// "annalist.undated", so that TimelineJsonReader reads the file back without loss.
class TimelineJsonWriter final
{
public:
    static QByteArray write(const ExportContent &content, const ExportOptions &options);
    // The "annalist" object of one entry.
    static QJsonObject eventObject(const ChronologyEntry &entry, const ExportContent &content, bool attribution);
};

} // namespace annalist
