// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/Entity.h"

#include <QList>
#include <QString>

namespace annalist {

class EntityRepository;

// Which known entities a piece of text (a selection) may refer to.
class EntityResolver final
{
public:
    // Entities whose canonical name or one of whose aliases equals `text` (ignoring case
    // and surrounding or repeated white space). When some of them have the type named
    // `typeName` (ignoring case), only those are returned; otherwise all of them are.
    // Canonical-name matches come before alias matches, then by name. So one result
    // means "use it", several mean "let the analyst choose", none means "create one".
    static Result<QList<Entity>> resolve(EntityRepository &entities, const QString &text, const QString &typeName = {});
};

} // namespace annalist
