// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace annalist {

struct ChronologyEntry;

// What the analyst narrows the chronology to. Every criterion left at its default
// lets every entry through; the criteria set must all hold.
struct ChronologyFilter
{
    qint64 entityId = 0; // participant or place
    qint64 sourceId = 0; // cited by at least one passage
    QString lane; // exact lane/theme; empty for any
    QDateTime from; // the event may have happened at or after this
    QDateTime to; // the event may have happened at or before this
                  // (open bounds of the event reach as far as time goes, so
                  // an undated event may have happened at any time)
    int credibilityAtLeast = 0; // 1..6, as on the admiralty scale (1 best): credibility
                                // set and no worse than this; 0 for any
    QString text; // words found in title, description, assessment, place,
                  // participants, tags, comment or quotes (case-insensitive;
                  // every word somewhere, each as a part of a word or more)
    bool conflictsOnly = false;

    bool isEmpty() const;
    bool accepts(const ChronologyEntry &entry) const;
    // The same with the entry's searchableText() made beforehand, for a model that
    // filters the same entries again and again.
    bool accepts(const ChronologyEntry &entry, const QString &searchableText) const;

    // The fields the text criterion looks in, case-folded, one per line.
    static QString searchableText(const ChronologyEntry &entry);

    friend bool operator==(const ChronologyFilter &, const ChronologyFilter &) = default;

private:
    bool acceptsAllButText(const ChronologyEntry &entry) const;
    QStringList foldedWords() const;
};

} // namespace annalist
