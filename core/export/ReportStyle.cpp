// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportStyle.h"

namespace annalist {

QString ReportStyle::serifFamily()
{
    return QStringLiteral("DejaVu Serif");
}

QString ReportStyle::sansFamily()
{
    return QStringLiteral("DejaVu Sans");
}

QString ReportStyle::monoFamily()
{
    return QStringLiteral("DejaVu Sans Mono");
}

QFont ReportStyle::font(const QString &family, double points, bool bold, bool italic) const
{
    QFont font(family);
    // Pixel sizes in report units: the metrics then do not depend on the screen or
    // the printer, and the preview breaks lines where the PDF does.
    font.setPixelSize(qRound(point(points)));
    font.setBold(bold);
    font.setItalic(italic);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    // Any letter spacing turns ligatures off (Qt shapes without "liga" then), and
    // without ligatures a quote copied from the PDF is the quote, not "ﬁ" for "fi".
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

QFont ReportStyle::serif(double points, bool bold, bool italic) const
{
    return font(serifFamily(), points, bold, italic);
}

QFont ReportStyle::sans(double points, bool bold) const
{
    return font(sansFamily(), points, bold, false);
}

QFont ReportStyle::mono(double points) const
{
    return font(monoFamily(), points, false, false);
}

ReportStyle::ReportStyle(QPageSize::PageSizeId pageSize)
{
    const QSizeF points = QPageSize(pageSize).size(QPageSize::Point);
    m_pageSize = QSizeF(point(points.width()), point(points.height()));
    const double side = point(72);
    const double top = point(78);
    const double bottom = point(72);
    m_textRect = QRectF(side, top, m_pageSize.width() - 2 * side, m_pageSize.height() - top - bottom);

    const auto set = [this](Kind kind, QFont font, QColor color, double leading, double before, double after,
                            Qt::Alignment alignment = Qt::AlignLeft, bool keepWithNext = false, double indent = 0) {
        ParagraphStyle &style = m_styles[static_cast<int>(kind)];
        style.font = std::move(font);
        style.color = color;
        style.leading = point(leading);
        style.spaceBefore = point(before);
        style.spaceAfter = point(after);
        style.alignment = alignment;
        style.keepWithNext = keepWithNext;
        style.indent = point(indent);
    };
    const QColor text = textColor();
    set(Kind::Body, serif(10), text, 13.6, 0, 4, Qt::AlignJustify);
    set(Kind::EntryTime, sans(8.5, true), accentColor(), 11, 14, 1, Qt::AlignLeft, true);
    set(Kind::EntryTitle, serif(11.5, true), text, 14.5, 0, 2, Qt::AlignLeft, true);
    set(Kind::EntryPeople, serif(9.5, false, true), text, 12.5, 0, 3);
    set(Kind::EntryNote, serif(9.5), text, 12.5, 0, 3);
    set(Kind::EntryMeta, sans(7.5), mutedColor(), 10.5, 1, 3);
    set(Kind::Footnote, serif(8), text, 10, 0, 2, Qt::AlignLeft, false, 16);
    set(Kind::SectionHeading, serif(20), accentColor(), 26, 0, 16, Qt::AlignLeft, true);
    set(Kind::GroupHeading, sans(11, true), accentColor(), 15, 16, 2, Qt::AlignLeft, true);
    set(Kind::ContentsLine, serif(11), text, 17, 6, 0);
    set(Kind::ContentsSubLine, serif(10), text, 14, 0, 0, Qt::AlignLeft, false, 16);
    set(Kind::SourceTitle, serif(10, true), text, 13, 10, 1, Qt::AlignLeft, true, 0);
    set(Kind::SourceMeta, sans(7.5), mutedColor(), 10.5, 0, 0);
    set(Kind::SourceHash, mono(7), mutedColor(), 10, 0, 0);
    set(Kind::IndexLetter, sans(9, true), accentColor(), 13, 8, 2, Qt::AlignLeft, true);
    set(Kind::IndexLine, serif(9), text, 11.5, 0, 1, Qt::AlignLeft, false, 0);
    m_styles[static_cast<int>(Kind::IndexLine)].hangingIndent = point(12);
    m_styles[static_cast<int>(Kind::SourceHash)].hangingIndent = point(12);
    set(Kind::Caption, sans(7.5), mutedColor(), 10.5, 6, 0);
}

} // namespace annalist
