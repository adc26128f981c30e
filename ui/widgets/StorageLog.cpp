// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StorageLog.h"

namespace annalist {

Q_LOGGING_CATEGORY(lcUiStorage, "annalist.ui.storage", QtWarningMsg)

} // namespace annalist
