// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace annalist {

// Why a file could not be imported, as one clear sentence (without the file name,
// which the caller adds).
struct ImportError
{
    QString message;
};

} // namespace annalist
