#pragma once

#include <QDateTime>
#include <QString>

namespace annalist {

struct ChronologyEntry;

// What the analyst narrows the chronology to. Every criterion left at its default
// lets every entry through; the criteria set must all hold.
struct ChronologyFilter
{
    qint64 entityId = 0;     // participant or place
    qint64 sourceId = 0;     // cited by at least one passage
    QString lane;            // exact lane/theme; empty for any
    QDateTime from;          // the event may have happened at or after this
    QDateTime to;            // the event may have happened at or before this
    int credibilityAtLeast = 0; // 1..6, as on the admiralty scale (1 best); 0 for any
    QString text;            // words found in title, description, assessment, place,
                             // participants, tags, comment or quotes (case-insensitive)
    bool conflictsOnly = false;

    bool isEmpty() const;
    bool accepts(const ChronologyEntry &entry) const;

    friend bool operator==(const ChronologyFilter &, const ChronologyFilter &) = default;
};

} // namespace annalist
