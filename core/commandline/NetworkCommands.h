// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSet>
#include <QString>

class QTextStream;

namespace annalist {

class CommandLineArguments;

// `annalist-cli network PROJECT --format svg|pdf|graphml|gexf|dot -o PATH`: the link
// chart out of a project, narrowed by the chronology's filters, laid out where the
// project keeps no position for a node.
class NetworkCommands final
{
public:
    NetworkCommands(QTextStream &out, QTextStream &err);

    static QSet<QString> options();
    static QSet<QString> flags();
    static QString help();

    int network(const CommandLineArguments &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
