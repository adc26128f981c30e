// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

namespace annalist {

// Text shown in one table row or output line: line ends, tabs and other white space
// read as plain spaces, so the length (and any offsets into it) stay the same.
inline QString singleLine(QStringView text)
{
    QString line = text.toString();
    for (QChar &c : line) {
        if (c.isSpace())
            c = u' ';
    }
    return line;
}

} // namespace annalist
