// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PdfReportWriter.h"

#include "ExportContent.h"
#include "PdfDocumentInfo.h"
#include "PdfReport.h"
#include "ReportWording.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

namespace annalist {

Result<QByteArray, ExportError> PdfReportWriter::write(const ExportContent &content, const ExportOptions &options,
                                                       const ExportProgress &progress, int *pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PdfDocumentInfo info;
    info.title = ReportWording::reportTitle(options, content);
    info.author = options.analyst.simplified();
    info.subject = QStringLiteral("Chronology report: ") + ReportWording::summary(content);
    info.keywords = QStringLiteral("chronology; ") + content.projectName;
    const QString version = QCoreApplication::applicationVersion();
    info.creator = version.isEmpty() ? QStringLiteral("Annalist") : QStringLiteral("Annalist ") + version;
    info.producer = QStringLiteral("Annalist with Qt ") + QString::fromLatin1(qVersion());
    info.created = ReportWording::generatedAt(options);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(info.title);
        writer.setCreator(info.creator);
        writer.setResolution(1200);
        PdfReport report(content, options);
        if (!report.paint(writer, progress)) {
            if (report.wasCancelled())
                return ExportError::cancelled();
            return ExportError::failed(QStringLiteral("the PDF could not be painted"));
        }
        if (pages)
            *pages = report.pageCount();
    }
    QByteArray pdf = info.setInto(buffer.data());
    if (pdf.isEmpty())
        return ExportError::failed(QStringLiteral("the PDF writer produced a file without a trailer"));
    return pdf;
}

} // namespace annalist
