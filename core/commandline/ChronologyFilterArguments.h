// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chronology/ChronologyFilter.h"
#include "common/Result.h"

#include <QSet>
#include <QString>

namespace annalist {

class CommandLineArguments;
class Project;

// The options that narrow a chronology on the command line, for every command that
// prints or exports one: --entity NAME|ID, --source ID, --lane LANE, --from TIME,
// --to TIME, --min-credibility N, --text WORDS and the flag --conflicts. Times take
// any form TimeValueParser reads; --from starts at the time's earliest bound, --to
// ends at its latest.
class ChronologyFilterArguments final
{
public:
    static QSet<QString> options();
    static QSet<QString> flags();
    // The lines --help gives them, indented under a command.
    static QString help();

    // Reads the options; a malformed one is a usage error, returned as its message.
    static Result<ChronologyFilterArguments, QString> parse(const CommandLineArguments &arguments);
    // The filter, with --entity looked up among the project's names and aliases
    // (ignoring case) and --entity and --source ids checked; an unknown or ambiguous
    // one is an input error, returned as its message.
    Result<ChronologyFilter, QString> resolve(Project &project) const;

    // The filter as read; its entityId is 0 when --entity gives a name, which is then
    // entityName().
    ChronologyFilter filter() const { return m_filter; }
    QString entityName() const { return m_entityName; }

private:
    ChronologyFilter m_filter;
    // --entity when it is a name rather than an id.
    QString m_entityName;
};

} // namespace annalist
