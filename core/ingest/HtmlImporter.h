// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DocumentImporter.h"

#include <QByteArray>

namespace annalist {

// Reads an HTML page saved from a browser: the article text without navigation,
// adverts and other page furniture, and the metadata news sites publish (Open Graph,
// JSON-LD, <meta> and <time>). Scripts are never run.
class HtmlImporter final : public DocumentImporter
{
public:
    Result<ImportedDocument, ImportError> import(const QByteArray &bytes, const QString &fileName) const override;

    // The charset a byte order mark or a <meta> element in the first 4 KB declares,
    // lower-cased ("utf-8", "windows-1252"); empty when the page declares none.
    static QByteArray declaredCharset(const QByteArray &bytes);
};

} // namespace annalist
