// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

namespace annalist {

// An analyst's comment or highlight on one entry of the chronology.
struct ChronologyAnnotation
{
    qint64 id = 0;
    qint64 eventId = 0;
    QString comment;
    QColor highlight;
    QDateTime createdAt;
};

} // namespace annalist
