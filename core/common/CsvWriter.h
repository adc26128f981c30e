// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace annalist {

// Writes RFC 4180 CSV, which CsvReader reads: fields with commas, quotes or line
// breaks are quoted with inner quotes doubled; records end with CRLF.
class CsvWriter final
{
public:
    static QString field(const QString &value);
    static QString record(const QStringList &fields);

    // A spreadsheet takes a cell that starts with = + - @ (or a tab or carriage
    // return) for a formula, and text quoted from a web page can be made to run one.
    // Such a value gets a leading apostrophe, which spreadsheets show as "text"; a value
    // that already starts with apostrophes before one of those gets one more, so that
    // fromFormulaGuarded gives back exactly what was written.
    static QString formulaGuarded(const QString &value);
    static QString fromFormulaGuarded(const QString &value);
};

} // namespace annalist
