// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Mention.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace annalist {

// What the reader shows about the entity of a mention when the pointer rests on it.
struct EntityCard
{
    Q_DECLARE_TR_FUNCTIONS(EntityCard)

public:
    QString typeName;
    QColor typeColor;
    QString canonicalName;
    QStringList aliases;
    // Already worded: "Secretary of State, from 21 Jan 2025".
    QStringList roles;
    int mentionsInSource = 0;
    Mention::Status status = Mention::Status::Candidate;
    // Who decided on the mention and when, already worded ("by ada, 2 h ago"); empty for a proposal.
    QString decided;

    // The card as tooltip rich text.
    QString toHtml() const;
};

} // namespace annalist
