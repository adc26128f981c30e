// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EntityResolver.h"

#include "storage/EntityRepository.h"

#include <algorithm>

namespace annalist {

Result<QList<Entity>> EntityResolver::resolve(EntityRepository &entities, const QString &text, const QString &typeName)
{
    const QString name = text.simplified();
    if (name.isEmpty())
        return QList<Entity>();
    Result<QList<Entity>> found = entities.findByName(name);
    if (!found)
        return found.error();
    QList<Entity> candidates = std::move(*found);

    const QString wantedType = typeName.trimmed();
    if (!wantedType.isEmpty() && !candidates.isEmpty()) {
        const Result<EntityType> type = entities.findType(wantedType);
        if (type) {
            QList<Entity> ofType;
            for (const Entity &entity : std::as_const(candidates)) {
                if (entity.typeId == type->id)
                    ofType.append(entity);
            }
            if (!ofType.isEmpty())
                candidates = ofType;
        } else if (type.error().code != StorageError::Code::NotFound) {
            return type.error();
        }
    }

    // findByName gives them by name; entities called exactly this come first.
    std::stable_sort(candidates.begin(), candidates.end(), [&name](const Entity &a, const Entity &b) {
        const bool aByName = a.canonicalName.compare(name, Qt::CaseInsensitive) == 0;
        const bool bByName = b.canonicalName.compare(name, Qt::CaseInsensitive) == 0;
        return aByName && !bByName;
    });
    return candidates;
}

} // namespace annalist
