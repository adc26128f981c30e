// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TimeValue.h"

#include <QString>
#include <QStringList>

namespace annalist {

// Reads a publication time as sites state it in their metadata: an ISO 8601 date,
// month or time stamp with or without seconds and offset, or an RFC 2822 date.
class PublicationTimeParser final
{
public:
    // Unknown when text is no such date. The value keeps text as its expression;
    // what the analyst should know (a time without zone read as UTC) is appended to
    // warnings.
    static TimeValue parse(const QString &text, QStringList &warnings);
};

} // namespace annalist
