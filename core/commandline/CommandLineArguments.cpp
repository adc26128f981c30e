// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandLineArguments.h"

namespace annalist {

CommandLineArguments::CommandLineArguments(const QStringList &arguments, const QSet<QString> &flags,
                                           const QSet<QString> &options)
{
    bool onlyPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        // The one short option: -o for --output, as compilers and converters have it.
        if (!onlyPositional && argument == QStringLiteral("-o") && options.contains(QStringLiteral("output")))
            argument = QStringLiteral("--output");
        if (onlyPositional || !argument.startsWith(QStringLiteral("--")) || argument == QStringLiteral("-")) {
            m_positional << argument;
            continue;
        }
        if (argument == QStringLiteral("--")) {
            onlyPositional = true;
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype equals = name.indexOf(u'='); equals >= 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
            hasInlineValue = true;
        }
        if (flags.contains(name)) {
            if (hasInlineValue) {
                m_error = QStringLiteral("--%1 takes no value").arg(name);
                return;
            }
            m_flags.insert(name);
        } else if (options.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size()) {
                    m_error = QStringLiteral("--%1 needs a value").arg(name);
                    return;
                }
                value = arguments.at(++i);
            }
            m_values.insert(name, value);
        } else {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return;
        }
    }
}

} // namespace annalist
