// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QString>

namespace annalist {

// The bundled example investigation (a fictional port-concession story), written as a
// project file on first start so that a new user sees Annalist with material in it.
class SampleProject final
{
public:
    // Where the sample project lives for this user.
    static QString defaultPath();
    // Creates the project at path from the bundled briefs; an existing file is kept.
    static Status ensureExists(const QString &path);

private:
    static Status build(const QString &path);
};

} // namespace annalist
