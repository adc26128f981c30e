// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChangeAttribution.h"

#include <QLocale>
#include <QTimeZone>

namespace annalist {

QString ChangeAttribution::describe(const QString &who, qint64 atMilliseconds, const QString &self,
                                    const QDateTime &now)
{
    if (who.isEmpty())
        return {};
    const QString name = who == self ? tr("you") : who;
    if (atMilliseconds <= 0)
        return tr("by %1").arg(name);
    return tr("by %1, %2").arg(name, age(atMilliseconds, now));
}

QString ChangeAttribution::age(qint64 atMilliseconds, const QDateTime &now)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMilliseconds, QTimeZone::utc());
    const qint64 seconds = at.secsTo(now);
    if (seconds < 60)
        return tr("just now"); // also a clock a little ahead of this one
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    const qint64 days = at.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return tr("yesterday");
    if (days <= 7)
        return tr("%n days ago", nullptr, int(days));
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace annalist
