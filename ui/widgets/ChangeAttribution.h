// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace annalist {

// Who made a decision and how long ago, as the cards and docks say it: "by ada, 2 h ago",
// "by you, just now"; a date once it is more than a week old. Empty when nobody is
// recorded (a proposal, or a project older than the record).
class ChangeAttribution final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeAttribution)

public:
    // `self` is the user of this window's connection, said as "you".
    static QString describe(const QString &who, qint64 atMilliseconds, const QString &self,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());
    // "2 h ago", "yesterday", "3 days ago", or the date.
    static QString age(qint64 atMilliseconds, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace annalist
