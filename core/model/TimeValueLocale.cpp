// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeValueLocale.h"

namespace annalist {

namespace {

QLocale &chosen()
{
    static QLocale locale = QLocale::c();
    return locale;
}

} // namespace

void TimeValueLocale::set(const QLocale &locale)
{
    chosen() = locale;
}

QLocale TimeValueLocale::current()
{
    return chosen();
}

} // namespace annalist
