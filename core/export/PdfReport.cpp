// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PdfReport.h"

#include "ExportContent.h"
#include "ReportComposer.h"
#include "ReportPages.h"
#include "ReportPaginator.h"
#include "ReportPainter.h"
#include "ReportStyle.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace annalist {

namespace {

// Progress is told in thousandths: laying out takes the first half, painting the rest.
constexpr int progressTotal = 1000;
constexpr int layoutShare = 500;

} // namespace

PdfReport::PdfReport(const ExportContent &content, const ExportOptions &options)
    : m_content(content)
    , m_options(options)
    , m_style(std::make_unique<ReportStyle>(options.pageSize))
{ }

PdfReport::~PdfReport() = default;

int PdfReport::pageCount() const
{
    return m_pages ? m_pages->pageCount() : 0;
}

bool PdfReport::layOut(const ExportProgress &progress)
{
    m_pages.reset();
    m_cancelled = false;
    const ExportProgress told = [this, &progress](int done, int total) {
        if (progress && !progress(done, total))
            m_cancelled = true;
        return !m_cancelled;
    };
    m_composer = std::make_unique<ReportComposer>(m_content, m_options, *m_style);
    const ReportFlow flow = m_composer->compose();
    if (!told(layoutShare / 10, progressTotal))
        return false;
    ReportPaginator paginator(*m_style, flow.titlePage);
    const int items = std::max<int>(1, static_cast<int>(flow.items.size()));
    const bool placed = paginator.place(flow, [&told, items](int done) {
        return told(layoutShare / 10 + int(qint64(done) * (layoutShare * 8 / 10) / items), progressTotal);
    });
    if (!placed)
        return false;
    // The index lists pages, so it is set once every page before it is known.
    if (m_options.sections.entityIndex)
        paginator.placeAppendix(m_composer->indexParagraphs(paginator.entityPages()), 2);
    m_pages = std::make_unique<ReportPages>(paginator.finish());
    return told(layoutShare, progressTotal);
}

bool PdfReport::paint(QPagedPaintDevice &device, const ExportProgress &progress)
{
    if (!m_pages && !layOut(progress))
        return false;
    m_cancelled = false;
    QPageLayout layout(QPageSize(m_options.pageSize), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    layout.setMode(QPageLayout::FullPageMode);
    device.setPageLayout(layout);

    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double scaleX = device.logicalDpiX() / (72.0 * ReportStyle::unit);
    const double scaleY = device.logicalDpiY() / (72.0 * ReportStyle::unit);
    painter.scale(scaleX, scaleY);

    const ReportPainter pagePainter(m_content, m_options, *m_style, *m_pages, *m_composer);
    bool first = true;
    const auto nextPage = [&]() {
        if (!first)
            device.newPage();
        first = false;
    };
    if (m_pages->firstPageNumber > 1) {
        nextPage();
        pagePainter.paintTitlePage(painter);
    }
    const int pages = static_cast<int>(m_pages->pages.size());
    for (int i = 0; i < pages; ++i) {
        nextPage();
        pagePainter.paintPage(painter, i);
        if (progress
            && !progress(layoutShare + int(qint64(i + 1) * (progressTotal - layoutShare) / pages), progressTotal)) {
            m_cancelled = true;
            painter.end();
            return false;
        }
    }
    return painter.end();
}

} // namespace annalist
