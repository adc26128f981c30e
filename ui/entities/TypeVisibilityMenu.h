// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMenu>

namespace annalist {

class EntityTypeModel;

// View ▸ Show Entity Types: a check box with its colour for every entity type of the
// project, showing or hiding that type's highlights.
class TypeVisibilityMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypeVisibilityMenu)

public:
    explicit TypeVisibilityMenu(EntityTypeModel *types, QWidget *parent = nullptr);

    // Lists the model's types again (after a project opened or the types changed).
    void rebuild();

private:
    EntityTypeModel *m_types;
};

} // namespace annalist
