// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace annalist {

// Splits a command line into positional words, flags ("--json") and options with a
// value ("--limit 20" or "--limit=20", and "-o PATH" for "--output PATH"); anything
// unknown is an error to report.
class CommandLineArguments final
{
public:
    CommandLineArguments(const QStringList &arguments, const QSet<QString> &flags, const QSet<QString> &options);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QStringList positional() const { return m_positional; }
    bool isSet(const QString &flag) const { return m_flags.contains(flag); }
    bool hasValue(const QString &option) const { return m_values.contains(option); }
    QString value(const QString &option, const QString &fallback = {}) const
    {
        return m_values.value(option, fallback);
    }

private:
    QStringList m_positional;
    QSet<QString> m_flags;
    QHash<QString, QString> m_values;
    QString m_error;
};

} // namespace annalist
