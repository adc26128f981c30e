// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace annalist {

class Project;

// What a chronology can be narrowed to: the entities that take part in an event (or are
// its place), the sources a passage is quoted from, and the lanes. Anything else would
// narrow it to nothing, and a project of 100,000 sources would offer them all.
struct FilterChoices
{
    struct Choice
    {
        qint64 id = 0;
        QString label;

        bool operator==(const Choice &) const = default;
    };

    QList<Choice> entities;
    QList<Choice> sources;
    QStringList lanes;

    // In the order of the analyst's language (QCollator), each list on its own.
    static Result<FilterChoices> read(Project &project);
};

} // namespace annalist
