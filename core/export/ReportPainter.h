// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QPainter;

namespace annalist {

struct ExportContent;
struct ExportOptions;
struct ReportPage;
struct ReportPages;
class ReportComposer;
class ReportStyle;

// Paints the report's pages in report units: the title page, and on every other page
// the handling line, the lines with their hanging labels, contents numbers with dot
// leaders, footnotes under a short rule, figures, and the running footer with the
// title, the section and "Page 3 of 12".
class ReportPainter final
{
public:
    ReportPainter(const ExportContent &content, const ExportOptions &options, const ReportStyle &style,
                  const ReportPages &pages, const ReportComposer &composer);

    void paintTitlePage(QPainter &painter) const;
    // index into pages.pages
    void paintPage(QPainter &painter, int index) const;

private:
    void paintMargins(QPainter &painter, const ReportPage &page, int pageNumber) const;
    void paintHandling(QPainter &painter, double baseline) const;

    const ExportContent &m_content;
    const ExportOptions &m_options;
    const ReportStyle &m_style;
    const ReportPages &m_pages;
    const ReportComposer &m_composer;
    QString m_title;
};

} // namespace annalist
