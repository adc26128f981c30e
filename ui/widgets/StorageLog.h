// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

namespace annalist {

// Where the views log a project read that failed while they only refreshed what they
// show ("annalist.ui.storage"); edits that fail reach the analyst on screen instead.
Q_DECLARE_LOGGING_CATEGORY(lcUiStorage)

} // namespace annalist
