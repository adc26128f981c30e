// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace annalist {

// Why the analysis proposed a mention, as stored with it (Mention::reason): the kind of
// evidence, the type it proposed and, for the learned model, its score. Stored as
// "list Place", "rule Person" or "learned Organisation 0.87".
struct ProposalReason
{
    enum class Kind { None, List, Rule, Learned };

    Kind kind = Kind::None;
    QString type;
    double score = 0.0;

    QString toString() const;
    static ProposalReason fromString(const QString &text);
};

} // namespace annalist
