// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commandline/CommandLineTool.h"

class QTextStream;

namespace annalist {

class CommandLineArguments;

// annalist-cli's `bench` command: the storage, analysis, chronology and export
// benchmarks. They are not part of the product libraries; annalist-cli adds the command
// where they are built (with the tests).
class BenchCommand final
{
public:
    BenchCommand(QTextStream &out, QTextStream &err);

    // The command as annalist-cli adds it; `out` and `err` must outlive the tool.
    static CommandLineTool::AddedCommand command(QTextStream &out, QTextStream &err);

    int run(const CommandLineArguments &arguments);

private:
    int storage(const CommandLineArguments &arguments);
    int team(const CommandLineArguments &arguments);
    int analysis(const CommandLineArguments &arguments);
    int chronology(const CommandLineArguments &arguments);
    int exportFormats(const CommandLineArguments &arguments);
    int network(const CommandLineArguments &arguments);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
