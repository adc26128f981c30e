// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportError.h"
#include "ImportedDocument.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace annalist {

// Turns the bytes of one file of a given format into an ImportedDocument.
class DocumentImporter
{
public:
    virtual ~DocumentImporter() = default;
    virtual Result<ImportedDocument, ImportError> import(const QByteArray &bytes, const QString &fileName) const = 0;
};

} // namespace annalist
