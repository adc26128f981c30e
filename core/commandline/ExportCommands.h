// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSet>
#include <QString>

class QTextStream;

namespace annalist {

class CommandLineArguments;

// annalist-cli's commands that take a chronology out of a project and bring one in:
// `export P --format F -o PATH [filter options] [report options]`,
// `import-chronology P FILE` (CSV or TimelineJS3 JSON) and `import-brat P DIR`.
class ExportCommands final
{
public:
    ExportCommands(QTextStream &out, QTextStream &err);

    static QSet<QString> options();
    static QSet<QString> flags();
    static QString help();

    int exportChronology(const CommandLineArguments &arguments);
    int importChronology(const CommandLineArguments &arguments);
    int importBrat(const CommandLineArguments &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
