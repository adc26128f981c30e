// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PdfImporter.h"

#include "TextLines.h"

#include <QLoggingCategory>
#include <QRectF>
#include <QVariant>

#include <poppler-qt6.h>

#include <memory>
#include <mutex>

namespace annalist {

namespace {

Q_LOGGING_CATEGORY(lcPdf, "annalist.ingest.pdf", QtWarningMsg)

// Poppler reports every syntax problem of a damaged file on the console by default;
// those belong in a debug category, not in the analyst's terminal.
void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction([](const QString &message, const QVariant &) { qCDebug(lcPdf) << message; },
                                       QVariant());
    });
}

// Typographic ligatures split words for search and matching ("ﬁnance").
QString expandLigatures(const QString &text)
{
    // U+FB00 to U+FB06 in order: ff, fi, fl, ffi, ffl, long s t, st.
    static const QLatin1String letters[]
        = { QLatin1String("ff"),  QLatin1String("fi"), QLatin1String("fl"), QLatin1String("ffi"),
            QLatin1String("ffl"), QLatin1String("st"), QLatin1String("st") };
    constexpr char16_t first = 0xFB00;
    constexpr char16_t last = 0xFB06;
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= first && c.unicode() <= last)
            result += letters[c.unicode() - first];
        else
            result += c;
    }
    return result;
}

// Poppler's text of one page with line breaks kept, trailing spaces dropped and
// blank lines at the top and bottom of the page removed.
QString tidyPageText(const QString &raw)
{
    QString text = raw;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\f'), QLatin1Char('\n'));
    return TextLines::trimmed(expandLigatures(text));
}

// A complete PDF ends with %%EOF (the standard allows it within the last 1 KB);
// a download cut short does not.
bool looksTruncated(const QByteArray &bytes)
{
    return !bytes.right(1024).contains("%%EOF");
}

QString firstNonEmptyLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty())
            return simplified.left(300);
    }
    return {};
}

} // namespace

Result<ImportedDocument, ImportError> PdfImporter::import(const QByteArray &bytes, const QString &fileName) const
{
    Q_UNUSED(fileName);
    routePopplerMessages();

    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf)
        return ImportError { QStringLiteral("the PDF is damaged or truncated") };
    // Only a user password locks a document; an owner password alone merely asks
    // viewers to restrict printing or copying, and the text is readable.
    if (pdf->isLocked())
        return ImportError { QStringLiteral("the PDF is encrypted (password protected)") };

    const int pageCount = pdf->numPages();
    if (pageCount <= 0)
        return ImportError { QStringLiteral("the PDF is damaged or truncated") };

    ImportedDocument document;
    document.mediaType = QStringLiteral("application/pdf");
    document.pageOffsets.reserve(pageCount);

    QString body;
    int unreadablePages = 0;
    bool anyText = false;
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0)
            body += QStringLiteral("\n\n");
        document.pageOffsets.append(static_cast<int>(body.size()));
        const std::unique_ptr<Poppler::Page> page = pdf->page(index);
        if (!page) {
            ++unreadablePages;
            continue;
        }
        const QString text = tidyPageText(page->text(QRectF()));
        anyText = anyText || !text.trimmed().isEmpty();
        body += text;
    }

    const bool truncated = looksTruncated(bytes);
    if (!anyText) {
        if (truncated || unreadablePages == pageCount)
            return ImportError { QStringLiteral("the PDF is damaged or truncated") };
        return ImportError { QStringLiteral("the PDF has no text layer (scanned pages need OCR first)") };
    }
    if (truncated)
        document.warnings.append(
            QStringLiteral("the PDF seems to be truncated; only its readable pages were imported"));
    else if (unreadablePages > 0)
        document.warnings.append(
            QStringLiteral("%1 of the PDF's %2 pages could not be read").arg(unreadablePages).arg(pageCount));

    document.body = body;
    document.title = pdf->info(QStringLiteral("Title")).simplified();
    if (document.title.isEmpty())
        document.title = firstNonEmptyLine(body);
    document.author = pdf->info(QStringLiteral("Author")).simplified();
    // CreationDate says when the file was made, not when the story was published,
    // so `published` stays unknown.
    return document;
}

} // namespace annalist
