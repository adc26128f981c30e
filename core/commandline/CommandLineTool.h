// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

class QTextStream;

namespace annalist {

class CommandLineArguments;

// The commands of annalist-cli, writing results to `out` and one-line errors to `err`.
// Exit codes: 0 success, 1 usage error, 2 input error (bad file, project or query).
class CommandLineTool final
{
public:
    enum ExitCode { Success = 0, UsageError = 1, InputError = 2 };

    CommandLineTool(QTextStream &out, QTextStream &err);

    // `arguments` without the program name.
    int run(const QStringList &arguments);

    static QString usage();

private:
    int newProject(const CommandLineArguments &arguments);
    int importFiles(const CommandLineArguments &arguments);
    int copyProject(const CommandLineArguments &arguments);
    int team(const CommandLineArguments &arguments);
    int listSources(const CommandLineArguments &arguments);
    int showSource(const CommandLineArguments &arguments);
    int search(const CommandLineArguments &arguments);
    int info(const CommandLineArguments &arguments);
    int analyze(const CommandLineArguments &arguments);
    int bench(const CommandLineArguments &arguments);
    int benchAnalysis(const CommandLineArguments &arguments);
    int benchTeam(const CommandLineArguments &arguments);
    int benchChronology(const CommandLineArguments &arguments);
    int benchExport(const CommandLineArguments &arguments);
    int evaluate(const CommandLineArguments &arguments);
    int evaluateBrat(const CommandLineArguments &arguments);

    // Checks the folder of `evaluate --OPTION DIR`; Success and the folder, or the error.
    int evaluationFolder(const CommandLineArguments &arguments, const QString &option, QString *folder);
    int usageError(const QString &message);
    int inputError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
