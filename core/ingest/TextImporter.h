// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DocumentFormat.h"
#include "DocumentImporter.h"

namespace annalist {

// Plain text and Markdown: the text is kept as written (line ends normalised to \n);
// the title is the first non-empty line, and Markdown front matter supplies metadata.
class TextImporter final : public DocumentImporter
{
public:
    explicit TextImporter(DocumentFormat format = DocumentFormat::PlainText);
    Result<ImportedDocument, ImportError> import(const QByteArray &bytes, const QString &fileName) const override;

    static constexpr int maxTitleLength = 200;
    // The first non-empty line, without Markdown heading marks, shortened at a word.
    static QString titleFrom(const QString &text, bool markdown);

private:
    DocumentFormat m_format;
};

} // namespace annalist
