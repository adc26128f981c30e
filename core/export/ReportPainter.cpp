// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportPainter.h"

#include "ExportContent.h"
#include "ExportOptions.h"
#include "ReportComposer.h"
#include "ReportLinkChart.h"
#include "ReportPages.h"
#include "ReportPaginator.h"
#include "ReportStyle.h"
#include "ReportWording.h"
#include "TimelineFigurePainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace annalist {

namespace {

// A paragraph of the title page, set in the width given; returns the height used.
double drawWrapped(QPainter &painter, const QString &text, const QFont &font, const QColor &color,
                   const QPointF &topLeft, double width, double leading)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    const QFontMetricsF metrics(font);
    const double baseline = (leading - metrics.ascent() - metrics.descent()) / 2 + metrics.ascent();
    layout.beginLayout();
    int lines = 0;
    for (;; ++lines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, lines * leading + baseline - line.ascent()));
    }
    layout.endLayout();
    painter.setPen(color);
    layout.draw(&painter, topLeft);
    return lines * leading;
}

} // namespace

ReportPainter::ReportPainter(const ExportContent &content, const ExportOptions &options, const ReportStyle &style,
                             const ReportPages &pages, const ReportComposer &composer)
    : m_content(content)
    , m_options(options)
    , m_style(style)
    , m_pages(pages)
    , m_composer(composer)
    , m_title(ReportWording::reportTitle(options, content))
{ }

void ReportPainter::paintHandling(QPainter &painter, double baseline) const
{
    const QString handling = m_options.handling.simplified();
    if (handling.isEmpty())
        return;
    const QFont font = m_style.sans(8, true);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    painter.setPen(m_style.conflictColor());
    const QString shown = metrics.elidedText(handling, Qt::ElideRight, m_style.textRect().width());
    painter.drawText(QPointF(m_style.pageSize().width() / 2 - metrics.horizontalAdvance(shown) / 2, baseline), shown);
}

void ReportPainter::paintTitlePage(QPainter &painter) const
{
    const QRectF text = m_style.textRect();
    const double point = ReportStyle::point(1);
    paintHandling(painter, text.top() - 30 * point);

    double y = text.top() + 110 * point;
    const QFont label = m_style.sans(9, true);
    painter.setFont(label);
    painter.setPen(m_style.accentColor());
    painter.drawText(QPointF(text.left(), y), QStringLiteral("CHRONOLOGY REPORT"));
    y += 12 * point;
    painter.fillRect(QRectF(text.left(), y, 56 * point, 2.5 * point), m_style.accentColor());
    y += 22 * point;
    y += drawWrapped(painter, m_title, m_style.serif(26), m_style.textColor(), QPointF(text.left(), y), text.width(),
                     33 * point);
    y += 22 * point;
    if (!m_options.analyst.trimmed().isEmpty())
        y += drawWrapped(painter, QStringLiteral("Prepared by ") + m_options.analyst.simplified(), m_style.serif(12),
                         m_style.textColor(), QPointF(text.left(), y), text.width(), 17 * point);
    y += drawWrapped(painter, ReportWording::longDate(ReportWording::generatedAt(m_options).toUTC().date()),
                     m_style.serif(12), m_style.textColor(), QPointF(text.left(), y), text.width(), 17 * point);

    // At the foot: what the report holds and what it was made from.
    QStringList facts;
    facts << QStringLiteral("Project: ") + m_content.projectName;
    facts << ReportWording::summary(m_content);
    if (const QString filter = ReportWording::filterDescription(m_options.filter, m_content); !filter.isEmpty())
        facts << QStringLiteral("Filtered to ") + filter;
    facts << QStringLiteral("Times are given as the sources allow: a span where they are uncertain, "
                            "“c.” where approximate. Sources are graded on the admiralty scale (A–F), "
                            "credibility of events from 1 (confirmed) to 6 (cannot be judged).");
    const QFont factFont = m_style.sans(8);
    const double factLeading = 11.5 * point;
    double factsHeight = 0;
    for (const QString &fact : facts) {
        QTextLayout probe(fact, factFont);
        probe.beginLayout();
        for (QTextLine line = probe.createLine(); line.isValid(); line = probe.createLine()) {
            line.setLineWidth(text.width());
            factsHeight += factLeading;
        }
        probe.endLayout();
        factsHeight += 4 * point;
    }
    double factY = text.bottom() - factsHeight;
    QPen rule(m_style.ruleColor());
    rule.setWidthF(0.5 * point);
    painter.setPen(rule);
    painter.drawLine(QPointF(text.left(), factY - 10 * point), QPointF(text.right(), factY - 10 * point));
    for (const QString &fact : facts)
        factY += drawWrapped(painter, fact, factFont, m_style.mutedColor(), QPointF(text.left(), factY), text.width(),
                             factLeading)
            + 4 * point;
    paintHandling(painter, text.bottom() + 40 * point);
}

void ReportPainter::paintMargins(QPainter &painter, const ReportPage &page, int pageNumber) const
{
    const QRectF text = m_style.textRect();
    const double point = ReportStyle::point(1);
    paintHandling(painter, text.top() - 36 * point);

    const QFont font = m_style.sans(7.5);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    const double ruleY = text.bottom() + 22 * point;
    QPen rule(m_style.ruleColor());
    rule.setWidthF(0.5 * point);
    painter.setPen(rule);
    painter.drawLine(QPointF(text.left(), ruleY), QPointF(text.right(), ruleY));
    const double baseline = ruleY + 6 * point + metrics.ascent();
    const QString number = QStringLiteral("Page %1 of %2").arg(pageNumber).arg(m_pages.pageCount());
    const double numberWidth = metrics.horizontalAdvance(number);
    painter.setPen(m_style.mutedColor());
    painter.drawText(QPointF(text.right() - numberWidth, baseline), number);
    QString running = m_title;
    if (!page.runningHead.isEmpty())
        running += QStringLiteral("  ·  ") + page.runningHead;
    running = metrics.elidedText(running, Qt::ElideRight, text.width() - numberWidth - 24 * point);
    painter.drawText(QPointF(text.left(), baseline), running);
    if (!m_options.handling.simplified().isEmpty())
        paintHandling(painter, baseline + metrics.height() + 4 * point);
}

void ReportPainter::paintPage(QPainter &painter, int index) const
{
    const ReportPage &page = m_pages.pages.at(index);
    const int pageNumber = index + m_pages.firstPageNumber;
    paintMargins(painter, page, pageNumber);
    const double point = ReportStyle::point(1);
    const QFont labelFont = m_style.sans(8);
    const QFontMetricsF labelMetrics(labelFont);

    const auto drawLine = [&](const PlacedLine &placed) {
        const LaidOutParagraph &laidOut = *m_pages.paragraphs.at(placed.paragraph);
        const ParagraphStyle &style = *laidOut.style;
        const QTextLine line = laidOut.layout->lineAt(placed.line);
        painter.setPen(style.color);
        line.draw(&painter, QPointF(placed.top.x(), placed.top.y() - placed.line * style.leading));
        const double baseline = placed.top.y() + laidOut.baseline;
        const ReportParagraph &paragraph = laidOut.paragraph;
        if (placed.line == 0 && !paragraph.label.isEmpty()) {
            painter.setFont(labelFont);
            painter.setPen(m_style.mutedColor());
            const double right = style.indent > 0 ? placed.top.x() - 4 * point : placed.top.x() - m_style.labelGap();
            painter.drawText(QPointF(right - labelMetrics.horizontalAdvance(paragraph.label), baseline),
                             paragraph.label);
        }
        if (placed.line == laidOut.lineCount() - 1 && !paragraph.contentsTarget.isEmpty()) {
            const int target = m_pages.anchorPage.value(paragraph.contentsTarget);
            const QString number = target > 0 ? QString::number(target) : QString();
            const QFontMetricsF metrics(style.font);
            const double right = m_style.textRect().right();
            const double numberWidth = metrics.horizontalAdvance(number);
            painter.setFont(style.font);
            painter.setPen(style.color);
            painter.drawText(QPointF(right - numberWidth, baseline), number);
            // Dot leaders from the end of the title to the number.
            const double textEnd = placed.top.x() + line.x() + line.naturalTextWidth() + 6 * point;
            const double leadersEnd = right - numberWidth - 6 * point;
            painter.setPen(m_style.ruleColor());
            const double step = 4.5 * point;
            for (double x = std::ceil(textEnd / step) * step; x < leadersEnd; x += step)
                painter.drawText(QPointF(x, baseline), QStringLiteral("."));
        }
    };

    for (const PlacedLine &placed : page.lines)
        drawLine(placed);

    for (const PlacedFigure &figure : page.figures) {
        if (figure.id == ReportComposer::timelineFigureId && m_composer.figure()) {
            TimelineFigurePainter::paint(painter, figure.rect, *m_composer.figure(), m_style,
                                         TimelineFigurePainter::Geometry { m_composer.figureLaneLabelWidth(),
                                                                           m_composer.figureRowHeight(),
                                                                           m_composer.figureAxisHeight() });
        }
        if (figure.id == ReportComposer::linkChartFigureId && m_content.linkChart)
            m_content.linkChart->paint(painter, figure.rect, ReportStyle::point(1));
    }

    if (!page.footnoteLines.isEmpty()) {
        const QRectF text = m_style.textRect();
        QPen rule(m_style.ruleColor());
        rule.setWidthF(0.5 * point);
        painter.setPen(rule);
        const double y = page.footnoteTop - m_style.footnoteSeparatorSpace() / 2;
        // A note running on from the page before hangs from a rule across the page.
        painter.drawLine(QPointF(text.left(), y),
                         QPointF(page.footnoteContinues ? text.right() : text.left() + 110 * point, y));
        for (const PlacedLine &placed : page.footnoteLines)
            drawLine(placed);
    }
}

} // namespace annalist
