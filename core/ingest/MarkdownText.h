// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace annalist {

// Markdown as the reader shows it: heading marks, emphasis marks, link targets and
// image references removed, paragraphs and list items kept. The original file keeps
// the Markdown itself.
class MarkdownText final
{
public:
    static QString toPlainText(const QString &markdown);
};

} // namespace annalist
