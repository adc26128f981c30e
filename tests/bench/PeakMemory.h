// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace annalist {

// Peak resident set size of this process in bytes (VmHWM), 0 where unknown.
qint64 peakResidentBytes();

} // namespace annalist
