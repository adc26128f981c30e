// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TimeValue.h"

#include <QColor>
#include <QList>
#include <QString>

namespace annalist {

// A kind of entity; the five built-in kinds come with every project, analysts may add more.
struct EntityType
{
    qint64 id = 0;
    QString name;
    QColor color;
    bool builtIn = false;
};

namespace BuiltInEntityType {
inline constexpr char16_t Person[] = u"Person";
inline constexpr char16_t Organisation[] = u"Organisation";
inline constexpr char16_t Place[] = u"Place";
inline constexpr char16_t Title[] = u"Title";
inline constexpr char16_t Other[] = u"Other";
} // namespace BuiltInEntityType

// A title or office someone held for a time: "Secretary of State, from 2025-01-21".
struct EntityRole
{
    qint64 id = 0;
    qint64 entityId = 0;
    QString title;
    QString organisation;
    TimeValue from;
    TimeValue to;
};

struct Entity
{
    qint64 id = 0;
    qint64 typeId = 0;
    QString canonicalName;
    QStringList aliases;
    QList<EntityRole> roles;
    QString notes;
};

} // namespace annalist
