// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace annalist {

struct ExportContent;
struct ExportOptions;

// The report as Markdown (CommonMark with the footnotes of GitHub Flavored Markdown):
// title block, contents, the chronology by year with each entry's quotations as
// footnotes ([^n]), the source appendix and an index of names by entry number. The
// timeline figure needs a picture and is left to the PDF and HTML reports.
class MarkdownReportWriter final
{
public:
    static QByteArray write(const ExportContent &content, const ExportOptions &options);
    // Text with the characters Markdown would read as markup escaped.
    static QString escaped(const QString &text);
};

} // namespace annalist
