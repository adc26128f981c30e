// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandErrors.h"

#include <QTextStream>

namespace annalist::CommandErrors {

int usage(QTextStream &err, const QString &message)
{
    err << "annalist-cli: " << message << "\n"
        << "Try 'annalist-cli --help'.\n";
    err.flush();
    return usageExitCode;
}

int input(QTextStream &err, const QString &message)
{
    err << "annalist-cli: " << message << "\n";
    err.flush();
    return inputExitCode;
}

} // namespace annalist::CommandErrors
