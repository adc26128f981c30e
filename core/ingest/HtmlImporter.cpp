// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HtmlImporter.h"

#include "HtmlMetadataReader.h"
#include "HtmlNestingDepth.h"
#include "HtmlTextExtractor.h"
#include "HtmlTree.h"
#include "TextDecoder.h"

#include <QByteArrayList>
#include <QStringDecoder>

#include <algorithm>

namespace annalist {

namespace {

bool isHandledByTextDecoder(const QByteArray &label)
{
    static const QByteArrayList known
        = { "utf-8",        "utf8",   "unicode-1-1-utf-8", "utf-16",     "utf-16le",  "utf-16be",
            "windows-1252", "cp1252", "x-cp1252",          "iso-8859-1", "iso8859-1", "latin1",
            "latin-1",      "l1",     "iso_8859-1",        "us-ascii",   "ascii",     "ansi_x3.4-1968" };
    return known.contains(label);
}

bool hasNonAscii(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(),
                       [](char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; });
}

DecodedText decodePage(const QByteArray &bytes, const QByteArray &charset)
{
    // Other declared charsets (windows-1251, shift_jis, gbk …) are honoured when Qt
    // can decode them, unless the bytes are plainly UTF-8 with non-ASCII text: a
    // page re-saved as UTF-8 often keeps its old declaration.
    if (!charset.isEmpty() && !isHandledByTextDecoder(charset)
        && !(hasNonAscii(bytes) && TextDecoder::isValidUtf8(bytes))) {
        QStringDecoder decoder(charset.constData(), QStringConverter::Flag::Stateless);
        if (decoder.isValid()) {
            DecodedText result;
            result.text = decoder(bytes);
            if (!decoder.hasError()) {
                result.encoding = QString::fromLatin1(charset);
                return result;
            }
        }
    }
    return TextDecoder::decode(bytes, charset);
}

} // namespace

QByteArray HtmlImporter::declaredCharset(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return "utf-8";
    if (bytes.startsWith("\xFF\xFE"))
        return "utf-16le";
    if (bytes.startsWith("\xFE\xFF"))
        return "utf-16be";

    const QByteArray head = bytes.left(4096).toLower();
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    };
    const auto isLabel = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
    };
    for (qsizetype meta = head.indexOf("<meta"); meta >= 0; meta = head.indexOf("<meta", meta + 5)) {
        const qsizetype end = head.indexOf('>', meta);
        const QByteArray tag = head.mid(meta, end < 0 ? -1 : end - meta);
        // Covers both <meta charset="x"> and content="text/html; charset=x".
        for (qsizetype at = tag.indexOf("charset"); at >= 0; at = tag.indexOf("charset", at + 7)) {
            qsizetype i = at + 7;
            while (i < tag.size() && isSpace(tag.at(i)))
                ++i;
            if (i >= tag.size() || tag.at(i) != '=')
                continue;
            ++i;
            while (i < tag.size() && (isSpace(tag.at(i)) || tag.at(i) == '"' || tag.at(i) == '\''))
                ++i;
            const qsizetype start = i;
            while (i < tag.size() && isLabel(tag.at(i)))
                ++i;
            if (i > start)
                return tag.mid(start, i - start);
        }
    }
    return {};
}

Result<ImportedDocument, ImportError> HtmlImporter::import(const QByteArray &bytes, const QString &fileName) const
{
    Q_UNUSED(fileName);
    ImportedDocument document;
    document.mediaType = QStringLiteral("text/html");

    const DecodedText decoded = decodePage(bytes, declaredCharset(bytes));
    if (!decoded.warning.isEmpty())
        document.warnings.append(decoded.warning);

    // The parser's time grows with the square of the nesting depth: a page nested
    // deeper than any real one is refused before it is parsed.
    if (const int depth = HtmlNestingDepth::measure(decoded.text); depth > HtmlNestingDepth::limit) {
        return ImportError { QStringLiteral("the page's elements are nested more than %1 deep (no real page is); "
                                            "it was not read")
                                 .arg(HtmlNestingDepth::limit) };
    }
    const HtmlTree tree(decoded.text);
    if (!tree.isValid())
        return ImportError { QStringLiteral("the page could not be read as HTML") };

    const HtmlTextExtractor::Story story = HtmlTextExtractor::story(tree);
    if (story.text.isEmpty())
        return ImportError { QStringLiteral("the page has no readable text") };
    document.body = story.text;

    const HtmlMetadataReader metadata(tree);
    document.outlet = metadata.outlet();
    document.title = metadata.title();
    document.author = metadata.author();
    document.url = metadata.url();
    document.language = metadata.language();
    // A page-wide <body> may carry today's date in its masthead, so only a story
    // container is trusted for <time>.
    document.published = metadata.published(story.isWholeBody ? nullptr : story.container, document.warnings);
    return document;
}

} // namespace annalist
