// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ExportError.h"
#include "ExportOptions.h"

#include "common/Result.h"

#include <QByteArray>

namespace annalist {

struct ExportContent;

// The report as a PDF file's bytes: painted by PdfReport through QPdfWriter (fonts
// embedded as subsets), with title, author (the analyst), subject, keywords, creator
// and date in the document information.
class PdfReportWriter final
{
public:
    // pages, when given, receives the number of pages.
    static Result<QByteArray, ExportError> write(const ExportContent &content, const ExportOptions &options,
                                                 const ExportProgress &progress = {}, int *pages = nullptr);
};

} // namespace annalist
