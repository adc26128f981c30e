// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BratStandoff.h"

#include <QCryptographicHash>

#include <algorithm>

namespace annalist {

QString BratStandoff::baseName(const QString &text)
{
    QString firstLine;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            firstLine = line;
            break;
        }
    }
    QString slug;
    for (QChar c : firstLine.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
        if (slug.size() >= 48)
            break;
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("source");
    const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return slug + u'-' + QString::fromLatin1(hash);
}

QString BratStandoff::bratType(const QString &typeName)
{
    QString type = typeName.simplified();
    type.replace(u' ', u'_');
    return type.isEmpty() ? QStringLiteral("Other") : type;
}

QString BratStandoff::typeName(const QString &bratType)
{
    QString type = bratType;
    return type.replace(u'_', u' ');
}

BratStandoff::Offsets::Offsets(const QString &text)
    : m_length(static_cast<int>(text.size()))
{
    for (int i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            m_lowSurrogates.append(i);
    }
}

int BratStandoff::Offsets::toCodePoint(int utf16) const
{
    // Every low surrogate before the offset is a unit that is no code point of its own.
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16);
    return utf16 - static_cast<int>(before - m_lowSurrogates.cbegin());
}

int BratStandoff::Offsets::toUtf16(int codePoint) const
{
    int utf16 = codePoint;
    for (int low : m_lowSurrogates) {
        if (low <= utf16)
            ++utf16;
        else
            break;
    }
    return utf16 > m_length ? -1 : utf16;
}

} // namespace annalist
