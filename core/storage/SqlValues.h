// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace annalist {

// Qt binds a null QString as SQL NULL; the schema keeps text columns NOT NULL.
inline QString textValue(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline QByteArray blobValue(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray("", 0) : bytes;
}

} // namespace annalist
