// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/Evidence.h"

namespace annalist {

class Project;

// Makes sure evidence quotes a real passage of its source before it is stored.
class EvidencePassage final
{
public:
    // Checks that [start, end) is a non-empty span inside the source's text and, when
    // the evidence has no quote yet, takes it from that text. An unknown source fails
    // with Code::NotFound, a bad span with Code::Constraint; evidence is then unchanged.
    static Status complete(Project &project, Evidence &evidence);
};

} // namespace annalist
