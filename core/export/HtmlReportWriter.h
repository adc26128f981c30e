// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace annalist {

struct ExportContent;
struct ExportOptions;

// The report as one self-contained HTML page (UTF-8; styles inline, the timeline as
// inline SVG, no scripts, fonts or images from elsewhere): the same sections and
// words as the PDF, with each entry's quotations as numbered notes under it, linked
// both ways, and an index of names that links to the entries.
class HtmlReportWriter final
{
public:
    static QByteArray write(const ExportContent &content, const ExportOptions &options);
};

} // namespace annalist
