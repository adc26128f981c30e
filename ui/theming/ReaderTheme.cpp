// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReaderTheme.h"

#include <QPalette>

namespace annalist {

ReaderTheme ReaderTheme::builtIn(const QPalette &palette)
{
    ReaderTheme theme;
    theme.background = palette.color(QPalette::Base);
    theme.text = palette.color(QPalette::Text);
    theme.selection = palette.color(QPalette::Highlight);
    theme.selectedText = palette.color(QPalette::HighlightedText);
    return theme;
}

bool ReaderTheme::isDark() const
{
    return background.toHsl().lightness() < 128;
}

QColor ReaderTheme::typeColor(const EntityType &type) const
{
    return typeColors.value(type.name.toCaseFolded(), type.color);
}

QList<EntityType> ReaderTheme::recolored(QList<EntityType> types) const
{
    for (EntityType &type : types)
        type.color = typeColor(type);
    return types;
}

QPalette ReaderTheme::palette() const
{
    QPalette palette;
    if (isBuiltIn())
        return palette;
    // Only the roles set here override what a widget inherits; the rest still follow the desktop.
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        palette.setColor(group, QPalette::Base, background);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Highlight, selection);
        palette.setColor(group, QPalette::HighlightedText, selectedText);
    }
    QColor disabledText = text;
    disabledText.setAlphaF(0.5f);
    palette.setColor(QPalette::Disabled, QPalette::Base, background);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    return palette;
}

} // namespace annalist
