// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace annalist::test {

// The distinct colours a highlighter gave the runs of a document.
inline QSet<QRgb> foregroundColors(const QTextDocument &document)
{
    QSet<QRgb> colors;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.hasProperty(QTextFormat::ForegroundBrush))
                colors.insert(range.format.foreground().color().rgb());
        }
    }
    return colors;
}

// How many pixels of a picture have each colour (alpha left out), every step-th pixel
// of every step-th row.
inline QHash<QRgb, int> pixelCounts(const QImage &image, int step = 1)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step)
            ++counts[image.pixel(x, y) & 0xffffff];
    }
    return counts;
}

// The colour most pixels have: a view's page, whatever lies on it.
inline QColor mostCommonColor(const QHash<QRgb, int> &counts)
{
    QRgb most = 0;
    int mostCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > mostCount) {
            mostCount = it.value();
            most = it.key();
        }
    }
    return QColor::fromRgb(most);
}

} // namespace annalist::test
