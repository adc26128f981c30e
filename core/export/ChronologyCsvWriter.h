// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QStringList>

namespace annalist {

struct ExportContent;
struct ExportOptions;

// The chronology as a CSV table (RFC 4180, UTF-8, CRLF), one row per quoted passage;
// an event without passages has one row with the passage columns empty. Rows of one
// event share its number in the column "event" and repeat its fields. Columns the
// project works out (time in words, corroboration, conflicts, the source's outlet,
// grade and publication) are written for the reader and ignored when the file is
// read back (ChronologyCsvReader).
class ChronologyCsvWriter final
{
public:
    static QStringList columns();
    // Added at the end when the export asks for attribution (ExportOptions::attribution).
    static QStringList attributionColumns();
    static QByteArray write(const ExportContent &content, const ExportOptions &options);
};

} // namespace annalist
