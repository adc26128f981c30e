// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace annalist {

// A span of a source's body that refers to an entity.
struct Mention
{
    enum class Origin { Manual, Gazetteer, Detector };
    enum class Status { Candidate, Confirmed, Rejected };

    qint64 id = 0;
    qint64 entityId = 0;
    qint64 sourceId = 0;
    int start = 0;
    int end = 0;
    Origin origin = Origin::Manual;
    Status status = Status::Candidate;
    // The quoted text and a little of each side, to re-anchor the span if needed.
    QString quote;
    QString contextBefore;
    QString contextAfter;
    // Who last decided on it (confirmed, rejected, retyped or marked it) and when, in
    // milliseconds since the epoch; empty and 0 for a proposal nobody decided on yet.
    // Recorded by the database; writing a mention ignores them.
    QString changedBy;
    qint64 changedAt = 0;
};

} // namespace annalist
