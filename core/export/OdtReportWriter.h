// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ExportError.h"

#include "common/Result.h"

#include <QByteArray>

class QTextDocument;

namespace annalist {

struct ExportContent;
struct ExportOptions;

// The report as an OpenDocument text for word processors, written by Qt's
// QTextDocumentWriter from a QTextDocument: the sections of the PDF with headings,
// the timeline figure as a picture, and each entry's quotations as numbered notes
// under it.
class OdtReportWriter final
{
public:
    static Result<QByteArray, ExportError> write(const ExportContent &content, const ExportOptions &options);
    // The document the ODT is written from; the caller owns it.
    static QTextDocument *document(const ExportContent &content, const ExportOptions &options);
};

} // namespace annalist
