// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QTextStream;

namespace annalist {

// The one-line error reports of annalist-cli and their exit codes.
namespace CommandErrors {

constexpr int usageExitCode = 1;
constexpr int inputExitCode = 2;

// "annalist-cli: MESSAGE" and a pointer to --help; returns 1.
int usage(QTextStream &err, const QString &message);
// "annalist-cli: MESSAGE"; returns 2.
int input(QTextStream &err, const QString &message);

} // namespace CommandErrors
} // namespace annalist
