// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QTextStream;

namespace annalist {

class CommandLineArguments;

// annalist-cli's commands about time: `roles P list|import FILE.csv`,
// `date-sources P`, `events P` and `chronology P [filter options]`.
class ChronologyCommands final
{
public:
    ChronologyCommands(QTextStream &out, QTextStream &err);

    int roles(const CommandLineArguments &arguments);
    int dateSources(const CommandLineArguments &arguments);
    int events(const CommandLineArguments &arguments);
    int chronology(const CommandLineArguments &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
