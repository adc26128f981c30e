// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Timex.h"

#include <QCoreApplication>
#include <QString>

namespace annalist {

// What the reader shows about a time expression when the pointer rests on it: the words,
// what kind of time they are, the time they were read as, and what they were read against.
struct TimeCard
{
    Q_DECLARE_TR_FUNCTIONS(TimeCard)

public:
    QString expression;
    Timex::Type type = Timex::Type::Date;
    // The TIMEX3 value ("2025-W06", "P3D").
    QString value;
    // The time in plain words ("between 3 and 9 Feb 2025"); empty when it has none.
    QString meaning;
    // The source's date in plain words, which relative words are read against; empty when undated.
    QString anchor;
    Mention::Status status = Mention::Status::Candidate;

    // The card as tooltip rich text.
    QString toHtml() const;
};

} // namespace annalist
