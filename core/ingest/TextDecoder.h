// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace annalist {

struct DecodedText
{
    QString text;
    // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252" or "ISO-8859-1".
    QString encoding;
    // Set when the bytes were not what they claimed, e.g. invalid UTF-8 read as Windows-1252.
    QString warning;
};

// Finds the encoding of text bytes: a byte order mark first, then the charset the
// document declares (if any), then strict UTF-8, else Windows-1252 (which, unlike
// Latin-1, has the curly quotes and dashes that Western news text is full of).
class TextDecoder final
{
public:
    static DecodedText decode(const QByteArray &bytes, const QByteArray &declaredCharset = {});
    static bool isValidUtf8(const QByteArray &bytes);
    static QString fromWindows1252(const QByteArray &bytes);
};

} // namespace annalist
