// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectSignals.h"

namespace annalist {

ProjectSignals::ProjectSignals(QObject *parent)
    : QObject(parent)
{ }

ProjectSignals::~ProjectSignals() = default;

} // namespace annalist
