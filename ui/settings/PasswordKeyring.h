// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace annalist {

// The passwords of team projects in the desktop's keyring (Secret Service, KWallet)
// through QtKeychain, never in the settings or a log. Built without QtKeychain, there is
// no keyring: nothing is kept and the password is asked for each time. Calls wait for
// the keyring (which may ask the user to unlock it) with a local event loop.
class PasswordKeyring final
{
public:
    // Whether this build can keep passwords at all.
    static bool isAvailable();
    // The account a password belongs to: the server user, host, port and database.
    static QString account(const QString &user, const QString &server, const QString &database);
    // Said where a build without the keyring would offer it.
    static QString unavailable();

    struct Outcome
    {
        bool done = false;
        QString error; // why not, when the keyring was there but refused
    };

    // The kept password, or nothing (none kept, or no keyring; *error says which failed).
    static std::optional<QString> read(const QString &account, QString *error = nullptr);
    static Outcome write(const QString &account, const QString &password);
    static Outcome forget(const QString &account);

    static constexpr auto service = "Annalist team projects";
};

} // namespace annalist
