// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QFont>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>

namespace annalist {

// How one kind of paragraph is set. Lengths are in report units (ReportStyle::unit).
struct ParagraphStyle
{
    QFont font;
    QColor color;
    double leading = 0; // baseline to baseline
    double spaceBefore = 0; // dropped at the top of a page or column
    double spaceAfter = 0;
    double indent = 0; // left indent of every line
    double hangingIndent = 0; // further indent of every line but the first
    Qt::Alignment alignment = Qt::AlignLeft;
    bool keepWithNext = false;
};

// The typography of the report: a serif text face (DejaVu Serif, whose coverage takes
// Greek, Cyrillic and more; Qt falls back to DejaVu Sans for Arabic), a sans face for
// headings of lists, labels, running heads and the figure, sizes on a small scale,
// and the page: margins of an inch, running head and footer inside them.
class ReportStyle final
{
public:
    // Layout happens in units of a tenth of a point, whatever the device: fonts are
    // sized in these units, and the painter scales them to the device.
    static constexpr double unit = 10.0;
    static constexpr double point(double points) { return points * unit; }

    enum class Kind {
        Body,
        EntryTime,
        EntryTitle,
        EntryPeople,
        EntryNote,
        EntryMeta,
        Footnote,
        SectionHeading,
        GroupHeading,
        ContentsLine,
        ContentsSubLine,
        SourceTitle,
        SourceMeta,
        SourceHash,
        IndexLetter,
        IndexLine,
        Caption,
        Count
    };

    explicit ReportStyle(QPageSize::PageSizeId pageSize);

    const ParagraphStyle &paragraph(Kind kind) const { return m_styles[static_cast<int>(kind)]; }

    QSizeF pageSize() const { return m_pageSize; }
    // The text block: what lies inside the margins.
    QRectF textRect() const { return m_textRect; }
    double columnGap() const { return point(18); }
    double footnoteSeparatorSpace() const { return point(10); }
    // Hanging labels (entry and footnote numbers) end this far left of the text.
    double labelGap() const { return point(8); }

    QFont serif(double points, bool bold = false, bool italic = false) const;
    QFont sans(double points, bool bold = false) const;
    QFont mono(double points) const;

    QColor textColor() const { return QColor(0x1c, 0x1c, 0x1c); }
    QColor accentColor() const { return QColor(0x1f, 0x3a, 0x5f); }
    QColor mutedColor() const { return QColor(0x5f, 0x63, 0x68); }
    QColor ruleColor() const { return QColor(0xb8, 0xbc, 0xc2); }
    QColor conflictColor() const { return QColor(0xa1, 0x1d, 0x1d); }

    // Family names, for the PDF's fonts and for tests.
    static QString serifFamily();
    static QString sansFamily();
    static QString monoFamily();

private:
    QFont font(const QString &family, double points, bool bold, bool italic) const;

    QSizeF m_pageSize;
    QRectF m_textRect;
    ParagraphStyle m_styles[static_cast<int>(Kind::Count)];
};

} // namespace annalist
