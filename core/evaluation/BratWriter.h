// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/BratDocument.h"

#include <QList>
#include <QString>

namespace annalist {

// Writes entities as brat standoff annotations (T lines, numbered from T1).
class BratWriter final
{
public:
    static QString annotations(const QString &text, const QList<BratEntity> &entities);
    // Writes NAME.txt and NAME.ann into `directory`; returns an error message or empty.
    static QString write(const QString &directory, const QString &name, const QString &text,
                         const QList<BratEntity> &entities);
};

} // namespace annalist
