// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LinkableUrl.h"

#include <QUrl>

namespace annalist {

QString LinkableUrl::target(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'\n') || trimmed.contains(u'\r'))
        return {};
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative())
        return {};
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QStringLiteral("http") || scheme == QStringLiteral("https")) {
        if (parsed.host().isEmpty())
            return {};
    } else if (scheme != QStringLiteral("mailto") || parsed.path().isEmpty()) {
        return {};
    }
    return QString::fromLatin1(parsed.toEncoded(QUrl::FullyEncoded));
}

} // namespace annalist
