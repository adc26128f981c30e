// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>

namespace annalist {

// The language TimeValueText writes dates in: the C locale's English unless the
// interface chose another language, whose words and month names it then uses.
class TimeValueLocale final
{
public:
    static void set(const QLocale &locale);
    static QLocale current();
};

} // namespace annalist
