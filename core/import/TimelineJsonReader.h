// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportedChronology.h"

#include "common/Result.h"

#include <QByteArray>

namespace annalist {

// Reads a TimelineJS3 JSON file. Slides written by Annalist (TimelineJsonWriter) come
// back whole from their "annalist" objects, undated events too; slides of any other
// TimelineJS file become events from their dates (start and end at the precision
// given), headline, text (HTML made plain) and group, without passages.
class TimelineJsonReader final
{
public:
    static Result<ImportedChronology, QString> read(const QByteArray &json, const QString &fileName);
};

} // namespace annalist
