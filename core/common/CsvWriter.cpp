// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvWriter.h"

namespace annalist {

namespace {

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Apostrophes, then a character that starts a formula.
bool isGuardedShape(const QString &value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == u'\'')
        ++i;
    return i < value.size() && startsFormula(value.at(i));
}

} // namespace

QString CsvWriter::field(const QString &value)
{
    bool quote = false;
    for (QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString CsvWriter::record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    return line;
}

QString CsvWriter::formulaGuarded(const QString &value)
{
    return isGuardedShape(value) ? u'\'' + value : value;
}

QString CsvWriter::fromFormulaGuarded(const QString &value)
{
    return value.startsWith(u'\'') && isGuardedShape(value) ? value.mid(1) : value;
}

} // namespace annalist
