// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

#include <algorithm>

namespace annalist {

// The order of an event's tags wherever they are listed: alphabetical ignoring case,
// then by case. Sorted here rather than by the database, since SQLite's NOCASE folds
// ASCII only and a server's collation follows its locale.
inline void sortTags(QStringList &tags)
{
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
}

} // namespace annalist
