// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ExportOptions.h"

#include <memory>

class QPagedPaintDevice;

namespace annalist {

struct ExportContent;
struct ReportPages;
class ReportComposer;
class ReportStyle;

// The typeset chronology report: title page, contents, timeline figure, chronology
// with footnoted quotations, source appendix and entity index (each part but the
// chronology may be left out in options.sections), on A4 or US Letter.
//
// The export dialog's live preview paints it into the QPrinter of a
// QPrintPreviewWidget: keep one PdfReport for the content and options shown, and from
// the widget's paintRequested(QPrinter *printer) call printer->setFullPage(true) and
// report.paint(*printer). PdfReportWriter paints it into a PDF file.
class PdfReport final
{
public:
    // Both must outlive the report.
    PdfReport(const ExportContent &content, const ExportOptions &options);
    ~PdfReport();
    PdfReport(const PdfReport &) = delete;
    PdfReport &operator=(const PdfReport &) = delete;

    // Composes and paginates the report; false when progress cancelled it. paint()
    // does it when it has not been done.
    bool layOut(const ExportProgress &progress = {});
    bool isLaidOut() const { return m_pages != nullptr; }
    int pageCount() const;
    // The pages as laid out, for tests of the typesetting; null before layOut().
    const ReportPages *pages() const { return m_pages.get(); }

    // Sets the device's page layout (the options' page size, portrait, no margins)
    // and paints every page, starting a new page for each after the first. False when
    // cancelled or when the device cannot be painted on.
    bool paint(QPagedPaintDevice &device, const ExportProgress &progress = {});
    // Whether the last layOut() or paint() stopped because progress said so.
    bool wasCancelled() const { return m_cancelled; }

private:
    const ExportContent &m_content;
    const ExportOptions &m_options;
    std::unique_ptr<ReportStyle> m_style;
    std::unique_ptr<ReportComposer> m_composer;
    std::unique_ptr<ReportPages> m_pages;
    bool m_cancelled = false;
};

} // namespace annalist
