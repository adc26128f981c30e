// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TextDecoder.h"

#include <QByteArrayList>
#include <QStringDecoder>

#include <algorithm>

namespace annalist {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; five of those are unassigned
// and are kept as the C1 control they would be in Latin-1.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

enum class Charset { Unknown, Utf8, Utf16Le, Utf16Be, Windows1252 };

bool hasHighBytes(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(),
                       [](char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; });
}

Charset charsetForLabel(const QByteArray &label)
{
    const QByteArray name = label.trimmed().toLower();
    if (name.isEmpty())
        return Charset::Unknown;
    if (name == "utf-8" || name == "utf8" || name == "unicode-1-1-utf-8")
        return Charset::Utf8;
    if (name == "utf-16le" || name == "utf-16")
        return Charset::Utf16Le;
    if (name == "utf-16be")
        return Charset::Utf16Be;
    // As the HTML standard does, Latin-1 and ASCII labels mean Windows-1252.
    static const QByteArrayList western
        = { "windows-1252", "cp1252", "x-cp1252",   "iso-8859-1", "iso8859-1", "latin1",
            "latin-1",      "l1",     "iso_8859-1", "us-ascii",   "ascii",     "ansi_x3.4-1968" };
    return western.contains(name) ? Charset::Windows1252 : Charset::Unknown;
}

QString decodeUtf16(const QByteArray &bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding);
    return decoder(bytes);
}

// UTF-16 without a byte order mark: ASCII-heavy text has a zero in every other byte.
Charset guessUtf16(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (sample < 8)
        return Charset::Unknown;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        zeroEven += bytes.at(i) == 0;
        zeroOdd += bytes.at(i + 1) == 0;
    }
    const qsizetype pairs = sample / 2;
    if (zeroOdd > pairs * 6 / 10 && zeroEven < pairs / 20)
        return Charset::Utf16Le;
    if (zeroEven > pairs * 6 / 10 && zeroOdd < pairs / 20)
        return Charset::Utf16Be;
    return Charset::Unknown;
}

} // namespace

QString TextDecoder::fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        *out++ = (value >= 0x80 && value < 0xA0) ? windows1252High[value - 0x80] : char16_t(value);
    }
    return text;
}

bool TextDecoder::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

DecodedText TextDecoder::decode(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    DecodedText result;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.encoding = QStringLiteral("UTF-8");
        QStringDecoder decoder(QStringConverter::Utf8);
        result.text = decoder(bytes.sliced(3));
        if (decoder.hasError())
            result.warning = QStringLiteral("has a UTF-8 mark but invalid UTF-8 bytes; they were replaced");
        return result;
    }
    if (bytes.startsWith("\xFF\xFE")) {
        result.encoding = QStringLiteral("UTF-16LE");
        result.text = decodeUtf16(bytes.sliced(2), QStringConverter::Utf16LE);
        return result;
    }
    if (bytes.startsWith("\xFE\xFF")) {
        result.encoding = QStringLiteral("UTF-16BE");
        result.text = decodeUtf16(bytes.sliced(2), QStringConverter::Utf16BE);
        return result;
    }

    Charset charset = charsetForLabel(declaredCharset);
    if (charset == Charset::Unknown)
        charset = guessUtf16(bytes);
    switch (charset) {
    case Charset::Utf16Le:
        if (guessUtf16(bytes) == Charset::Utf16Le) {
            result.encoding = QStringLiteral("UTF-16LE");
            result.text = decodeUtf16(bytes, QStringConverter::Utf16LE);
            return result;
        }
        break;
    case Charset::Utf16Be:
        if (guessUtf16(bytes) == Charset::Utf16Be) {
            result.encoding = QStringLiteral("UTF-16BE");
            result.text = decodeUtf16(bytes, QStringConverter::Utf16BE);
            return result;
        }
        break;
    case Charset::Windows1252:
        // A declared Western charset is honoured unless the bytes are really UTF-8
        // with non-ASCII characters, the most common mislabelling on the web.
        if (!isValidUtf8(bytes) || !hasHighBytes(bytes)) {
            result.encoding = QStringLiteral("Windows-1252");
            result.text = fromWindows1252(bytes);
            return result;
        }
        break;
    case Charset::Utf8:
    case Charset::Unknown:
        break;
    }

    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString utf8 = decoder(bytes);
    if (!decoder.hasError()) {
        result.encoding = QStringLiteral("UTF-8");
        result.text = utf8;
        return result;
    }
    result.encoding = QStringLiteral("Windows-1252");
    result.text = fromWindows1252(bytes);
    result.warning = QStringLiteral("is not valid UTF-8; it was read as Windows-1252");
    return result;
}

} // namespace annalist
