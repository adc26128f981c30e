// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TypeLegend.h"

#include "ui/theming/ColorThemes.h"

#include "itemmodels/EntityTypeModel.h"

#include <QHBoxLayout>
#include <QLabel>

namespace annalist {

TypeLegend::TypeLegend(EntityTypeModel *types, ColorThemes *themes, QWidget *parent)
    : QWidget(parent)
    , m_types(types)
    , m_themes(themes)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(10);
    connect(m_types, &QAbstractItemModel::modelReset, this, &TypeLegend::rebuild);
    connect(m_types, &EntityTypeModel::visibilityChanged, this, &TypeLegend::rebuild);
    if (m_themes)
        connect(m_themes, &ColorThemes::changed, this, &TypeLegend::rebuild);
    rebuild();
}

QString TypeLegend::displayName(const QString &typeName)
{
    // The built-in types are named in English in every project; the analyst's own
    // types are shown as they were named.
    static constexpr const char *builtIn[] = {
        QT_TR_NOOP("Person"), QT_TR_NOOP("Organisation"), QT_TR_NOOP("Place"), QT_TR_NOOP("Title"), QT_TR_NOOP("Other"),
    };
    for (const char *name : builtIn) {
        if (typeName == QLatin1String(name))
            return tr(name);
    }
    return typeName;
}

void TypeLegend::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int row = 0; row < m_types->rowCount(); ++row) {
        EntityType type = m_types->typeAt(row);
        const QColor color = m_themes ? m_themes->current().typeColor(type) : type.color;
        const bool visible = m_types->isTypeVisible(type.name);
        type.name = displayName(type.name);
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::RichText);
        label->setText(
            QStringLiteral("<span style='color:%1'>■</span> %2")
                .arg(color.name(),
                     visible ? type.name.toHtmlEscaped() : QStringLiteral("<s>%1</s>").arg(type.name.toHtmlEscaped())));
        label->setToolTip(visible ? tr("%1 mentions are shown in this colour").arg(type.name)
                                  : tr("%1 mentions are hidden (View ▸ Show Entity Types)").arg(type.name));
        m_layout->addWidget(label);
    }
    if (m_types->rowCount() > 0) {
        auto *candidates = new QLabel(tr("dotted underline = candidate"), this);
        candidates->setToolTip(tr("Proposed mentions: Enter accepts, Delete rejects"));
        m_layout->addWidget(candidates);
    }
}

} // namespace annalist
