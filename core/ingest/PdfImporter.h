// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DocumentImporter.h"

namespace annalist {

// Reads the text layer of a PDF, page by page, so that quotations can cite pages.
// Scanned pages without text are refused rather than imported empty.
class PdfImporter final : public DocumentImporter
{
public:
    Result<ImportedDocument, ImportError> import(const QByteArray &bytes, const QString &fileName) const override;
};

} // namespace annalist
