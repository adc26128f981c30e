// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TypeVisibilityMenu.h"

#include "itemmodels/EntityTypeModel.h"

#include <QPixmap>

namespace annalist {

TypeVisibilityMenu::TypeVisibilityMenu(EntityTypeModel *types, QWidget *parent)
    : QMenu(tr("Show Entity &Types"), parent)
    , m_types(types)
{ }

void TypeVisibilityMenu::rebuild()
{
    clear();
    for (int row = 0; row < m_types->rowCount(); ++row) {
        const EntityType type = m_types->typeAt(row);
        QPixmap swatch(12, 12);
        swatch.fill(type.color);
        QAction *show = addAction(QIcon(swatch), type.name);
        show->setCheckable(true);
        show->setChecked(m_types->isTypeVisible(type.name));
        connect(show, &QAction::toggled, this,
                [this, name = type.name](bool on) { m_types->setTypeVisible(name, on); });
    }
}

} // namespace annalist
