// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AboutText.h"

#include "SyntaxHighlighting.h"

#include <QStringList>

namespace annalist {

QStringList AboutText::optionalFeatures(const SyntaxHighlighting &highlighting)
{
    return {
        highlighting.isAvailable()
            ? tr("%1: highlighted original files and export previews, colour themes").arg(highlighting.libraryName())
            : tr("KDE Syntax-Highlighting: not in this build (original files and export previews are "
                 "plain text, built-in colours)")
    };
}

QString AboutText::html(const SyntaxHighlighting &highlighting)
{
    QString features;
    for (const QString &feature : optionalFeatures(highlighting))
        features += QStringLiteral("<li>") + feature.toHtmlEscaped() + QStringLiteral("</li>");
    return tr("<h3>Annalist %1</h3>"
              "<p>A workbench for analysts who read many news sources about one story and build a "
              "dated, sourced chronology from them.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>"
              "<p>Optional features:</p><ul>%4</ul>"
              "<p>Annalist is free software: you can redistribute it and/or modify it under the terms "
              "of the GNU General Public License, version 3 or (at your option) any later version "
              "(GPL-3.0-or-later). It comes with no warranty.</p>"
              "<p>City names from GeoNames (geonames.org), licensed CC BY 4.0 (place data © GeoNames); "
              "country and subdivision names from the iso-codes project, licensed LGPL-2.1 or later. "
              "Reports embed the DejaVu fonts (Bitstream Vera licence).</p>")
        .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
             features);
}

} // namespace annalist
