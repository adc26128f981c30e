// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QHBoxLayout;

namespace annalist {

class ColorThemes;
class EntityTypeModel;

// A strip of colour swatches naming the entity types (hidden ones struck through),
// with a reminder of how candidates look; it follows the type model and, when given
// them, the colour themes, so that the swatches match the reader.
class TypeLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypeLegend)

public:
    // The themes are not owned and may be null (the project's colours).
    TypeLegend(EntityTypeModel *types, ColorThemes *themes, QWidget *parent = nullptr);
    void rebuild();
    // A type's name in the interface's language (the built-in ones are translated).
    static QString displayName(const QString &typeName);

private:
    EntityTypeModel *m_types;
    ColorThemes *m_themes;
    QHBoxLayout *m_layout;
};

} // namespace annalist
