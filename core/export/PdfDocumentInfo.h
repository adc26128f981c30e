// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace annalist {

// The document information a PDF reader shows (pdfinfo: Title, Author, Subject,
// Keywords, Creator, Producer, dates). Qt's PDF writer sets only title and creator;
// setInto() adds the rest to a finished PDF as an incremental update, the way PDF
// editors change a file: the new information dictionary and a cross-reference
// section for it are appended, and nothing written before changes.
struct PdfDocumentInfo
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;
    QString producer;
    QDateTime created;

    // The PDF with this information, or an empty array when `pdf` does not end in a
    // classic cross-reference table and trailer as Qt writes them.
    QByteArray setInto(const QByteArray &pdf) const;

    // A PDF text string: UTF-16BE with a byte order mark, in hex.
    static QByteArray textString(const QString &text);
    // "D:20250301120000Z".
    static QByteArray date(const QDateTime &moment);
};

} // namespace annalist
