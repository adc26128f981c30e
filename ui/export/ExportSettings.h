// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/ExportOptions.h"

class QSettings;

namespace annalist {

// The export choices a user makes once and expects to find again: format, page size,
// sections, title, analyst, handling line and the CSV's byte order mark, kept in a
// QSettings group "export". The filter belongs to the chronology view and the time to
// the moment, so neither is kept.
class ExportSettings final
{
public:
    static void save(QSettings &settings, const ExportOptions &options);
    // What was saved; the defaults of ExportOptions where nothing (or nothing valid) was.
    static ExportOptions load(QSettings &settings);
};

} // namespace annalist
