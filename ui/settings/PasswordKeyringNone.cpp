// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Built without QtKeychain: there is no keyring, and nothing is kept anywhere else.

#include "PasswordKeyring.h"

namespace annalist {

bool PasswordKeyring::isAvailable()
{
    return false;
}

std::optional<QString> PasswordKeyring::read(const QString &, QString *error)
{
    if (error)
        error->clear();
    return std::nullopt;
}

PasswordKeyring::Outcome PasswordKeyring::write(const QString &, const QString &)
{
    return { false, unavailable() };
}

PasswordKeyring::Outcome PasswordKeyring::forget(const QString &)
{
    return { true, {} };
}

} // namespace annalist
