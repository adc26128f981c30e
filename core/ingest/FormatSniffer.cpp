// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FormatSniffer.h"

#include <QFileInfo>
#include <QStringList>

#include <array>
#include <cctype>
#include <string_view>

namespace annalist {

namespace {

constexpr qsizetype sniffLength = 8192;

bool looksLikeUtf16(QByteArrayView head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return true;
    // Without a byte order mark: ASCII-heavy UTF-16 has a zero in every other byte.
    const qsizetype pairs = std::min<qsizetype>(head.size(), 4096) / 2;
    if (pairs < 4)
        return false;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < pairs * 2; i += 2) {
        zeroEven += head[i] == 0;
        zeroOdd += head[i + 1] == 0;
    }
    return (zeroOdd > pairs * 6 / 10 && zeroEven < pairs / 20) || (zeroEven > pairs * 6 / 10 && zeroOdd < pairs / 20);
}

bool hasBinaryMagic(QByteArrayView head)
{
    using namespace std::string_view_literals;
    // The sv literals keep embedded zero bytes, which a plain char pointer would cut.
    static constexpr std::array<std::string_view, 12> magics = {
        "\x89PNG"sv,
        "\xFF\xD8\xFF"sv,
        "GIF8"sv,
        "PK\x03\x04"sv,
        "\x7F"
        "ELF"sv,
        "\x1F\x8B"sv,
        "BZh"sv,
        "\xFD"
        "7zXZ"sv,
        "Rar!"sv,
        "OggS"sv,
        "ID3"sv,
        "\x00\x00\x01\x00"sv,
    };
    for (std::string_view magic : magics) {
        if (head.size() >= qsizetype(magic.size()) && std::string_view(head.data(), magic.size()) == magic)
            return true;
    }
    return false;
}

// Text has few control characters besides tab, newline, carriage return and form feed.
bool looksBinary(QByteArrayView head)
{
    if (hasBinaryMagic(head))
        return true;
    qsizetype controls = 0;
    for (const char c : head) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0)
            return true;
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f' && byte != 0x1B)
            ++controls;
    }
    return controls * 20 > head.size();
}

bool looksLikeHtml(QByteArrayView head)
{
    const QByteArray lower = head.first(std::min<qsizetype>(head.size(), 2048)).toByteArray().toLower();
    const qsizetype start = [&] {
        qsizetype i = lower.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        while (i < lower.size() && std::isspace(static_cast<unsigned char>(lower.at(i))))
            ++i;
        return i;
    }();
    const QByteArrayView rest = QByteArrayView(lower).sliced(start);
    if (rest.startsWith("<!doctype html") || rest.startsWith("<html") || rest.startsWith("<head"))
        return true;
    // Pages saved with a leading comment or XML declaration.
    if (rest.startsWith("<!--") || rest.startsWith("<?xml"))
        return lower.contains("<html") || lower.contains("<body");
    return false;
}

} // namespace

DocumentFormat FormatSniffer::detect(const QByteArray &bytes, const QString &fileName)
{
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), sniffLength));
    const qsizetype pdfMark = head.first(std::min<qsizetype>(head.size(), 1024)).indexOf("%PDF-");
    if (pdfMark >= 0)
        return DocumentFormat::Pdf;
    if (looksLikeUtf16(head)) {
        // Decoded later; HTML saved as UTF-16 is rare enough to read as text.
        const QString suffix = QFileInfo(fileName).suffix().toLower();
        return (suffix == QStringLiteral("md") || suffix == QStringLiteral("markdown")) ? DocumentFormat::Markdown
                                                                                        : DocumentFormat::PlainText;
    }
    if (looksBinary(head))
        return DocumentFormat::Binary;
    if (looksLikeHtml(head))
        return DocumentFormat::Html;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QStringLiteral("md") || suffix == QStringLiteral("markdown") || suffix == QStringLiteral("mdown"))
        return DocumentFormat::Markdown;
    return DocumentFormat::PlainText;
}

bool FormatSniffer::hasImportableExtension(const QString &fileName)
{
    static const QStringList suffixes = {
        QStringLiteral("txt"),      QStringLiteral("text"),  QStringLiteral("md"),
        QStringLiteral("markdown"), QStringLiteral("mdown"), QStringLiteral("html"),
        QStringLiteral("htm"),      QStringLiteral("xhtml"), QStringLiteral("pdf"),
    };
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

} // namespace annalist
