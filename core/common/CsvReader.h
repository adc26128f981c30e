// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace annalist {

// Reads RFC 4180 CSV: quoted fields with doubled quotes, line breaks inside quotes,
// CRLF or LF line ends, a byte order mark. Each record keeps the line it starts on.
class CsvReader final
{
public:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    // Empty error on success; otherwise "line N: reason".
    static QList<Record> read(const QString &text, QString *error);
};

} // namespace annalist
