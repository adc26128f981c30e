// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectLocation.h"

#include <QFileInfo>

namespace annalist {

// The name a project goes by in reports and titles: the database's on a server, the
// file's without its extension otherwise.
inline QString projectName(const ProjectLocation &location)
{
    return location.isServer() ? location.database() : QFileInfo(location.path()).completeBaseName();
}

} // namespace annalist
