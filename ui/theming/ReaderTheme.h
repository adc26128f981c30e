// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Entity.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

class QPalette;

namespace annalist {

// The colours of the reading views and, later, the timeline: page, text, selection and
// the colours of entity types. A named theme comes from KDE Syntax-Highlighting where
// the build has it; the built-in one takes page, text and selection from the palette and
// leaves every type its project colour.
struct ReaderTheme
{
    // The theme's name as the highlighting library knows it; empty for the built-in colours.
    QString name;
    QColor background;
    QColor text;
    QColor selection;
    QColor selectedText;
    // Colours for types by case-folded name; a type not listed keeps its project colour.
    QHash<QString, QColor> typeColors;

    static ReaderTheme builtIn(const QPalette &palette);

    bool isBuiltIn() const { return name.isEmpty(); }
    bool isDark() const;
    // The colour to draw a type in: the theme's, else the project's.
    QColor typeColor(const EntityType &type) const;
    QList<EntityType> recolored(QList<EntityType> types) const;
    // The palette with page, text and selection set to the theme's colours; empty (so
    // that a widget goes back to the colours it inherits) for the built-in theme.
    QPalette palette() const;

    friend bool operator==(const ReaderTheme &, const ReaderTheme &) = default;
};

} // namespace annalist
