// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSet>
#include <QStringList>

#include <functional>
#include <vector>

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

    // A command the program adds to the built-in ones, as annalist-cli adds `bench` where
    // the benchmarks are built: its name, its lines of the usage text, the flags and
    // options it takes, and what it does.
    struct AddedCommand
    {
        QString name;
        QString help;
        QSet<QString> flags;
        QSet<QString> options;
        std::function<int(const CommandLineArguments &)> run;
    };
    void addCommand(AddedCommand command);

    // `arguments` without the program name.
    int run(const QStringList &arguments);

    // The usage text, with the lines of the added commands before the options.
    static QString usage(const QString &addedHelp = {});

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
    int evaluate(const CommandLineArguments &arguments);
    int evaluateBrat(const CommandLineArguments &arguments);

    // Checks the folder of `evaluate --OPTION DIR`; Success and the folder, or the error.
    int evaluationFolder(const CommandLineArguments &arguments, const QString &option, QString *folder);
    int usageError(const QString &message);
    int inputError(const QString &message);

    const AddedCommand *addedCommand(const QString &name) const;

    QTextStream &m_out;
    QTextStream &m_err;
    std::vector<AddedCommand> m_added;
};

} // namespace annalist
