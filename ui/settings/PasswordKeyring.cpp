// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PasswordKeyring.h"

#include <QCoreApplication>

namespace annalist {

QString PasswordKeyring::account(const QString &user, const QString &server, const QString &database)
{
    return QStringLiteral("%1@%2/%3").arg(user, server, database);
}

QString PasswordKeyring::unavailable()
{
    return QCoreApplication::translate("annalist::PasswordKeyring",
                                       "This build of Annalist cannot use the desktop keyring.");
}

} // namespace annalist
