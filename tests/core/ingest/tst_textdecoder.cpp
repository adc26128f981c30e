// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ingest/TextDecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace annalist;

// Encoding detection of imported text: byte order marks, declared charsets, strict
// UTF-8 and the Windows-1252 fallback, each judged by the text it yields.
class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void isValidUtf8_data();
    void isValidUtf8();
    void windows1252HighBytes();

private:
    static QByteArray encoded(const QString &text, QStringConverter::Encoding encoding);
};

QByteArray TestTextDecoder::encoded(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    QByteArray bytes = encoder(text);
    return bytes;
}

void TestTextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("warned");

    const QString spanish = QStringLiteral("Pe\u00F1a \u2014 na\u00EFve \u201Cquotes\u201D");
    const QString english = QStringLiteral("Ascii heavy text\nwith two lines and a few more words.");
    const QByteArray punctuation("\x80 \x82 \x84 \x85 \x93quoted\x94 \x96 \x97 \x99");
    const QString punctuationText
        = QStringLiteral("\u20AC \u201A \u201E \u2026 \u201Cquoted\u201D \u2013 \u2014 \u2122");

    QTest::newRow("utf-8") << spanish.toUtf8() << QByteArray() << spanish << QStringLiteral("UTF-8") << false;
    QTest::newRow("ascii") << QByteArray("Plain words.") << QByteArray() << QStringLiteral("Plain words.")
                           << QStringLiteral("UTF-8") << false;
    QTest::newRow("utf-8 four-byte character")
        << QByteArray("Flag \xF0\x9F\x87\xB2\xF0\x9F\x87\xBD") << QByteArray()
        << QStringLiteral("Flag \U0001F1F2\U0001F1FD") << QStringLiteral("UTF-8") << false;
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + spanish.toUtf8() << QByteArray() << spanish
                                    << QStringLiteral("UTF-8") << false;
    QTest::newRow("utf-8 bom with invalid bytes")
        << QByteArray("\xEF\xBB\xBF"
                      "Caf\xC3 x")
        << QByteArray() << QStringLiteral("Caf\uFFFD x") << QStringLiteral("UTF-8") << true;
    QTest::newRow("utf-16le with bom") << QByteArray("\xFF\xFE") + encoded(spanish, QStringConverter::Utf16LE)
                                       << QByteArray() << spanish << QStringLiteral("UTF-16LE") << false;
    QTest::newRow("utf-16be with bom") << QByteArray("\xFE\xFF") + encoded(spanish, QStringConverter::Utf16BE)
                                       << QByteArray() << spanish << QStringLiteral("UTF-16BE") << false;
    QTest::newRow("utf-16le without bom") << encoded(english, QStringConverter::Utf16LE) << QByteArray() << english
                                          << QStringLiteral("UTF-16LE") << false;
    QTest::newRow("utf-16be without bom") << encoded(english, QStringConverter::Utf16BE) << QByteArray() << english
                                          << QStringLiteral("UTF-16BE") << false;
    QTest::newRow("utf-16le label, utf-16le bytes")
        << encoded(english, QStringConverter::Utf16LE) << QByteArray("utf-16le") << english
        << QStringLiteral("UTF-16LE") << false;
    QTest::newRow("utf-16 label on 8-bit bytes")
        << QByteArray("Plain words, no zeros.") << QByteArray("utf-16") << QStringLiteral("Plain words, no zeros.")
        << QStringLiteral("UTF-8") << false;

    QTest::newRow("windows-1252 0x80-0x9f undeclared")
        << punctuation << QByteArray() << punctuationText << QStringLiteral("Windows-1252") << true;
    QTest::newRow("windows-1252 declared")
        << punctuation << QByteArray("windows-1252") << punctuationText << QStringLiteral("Windows-1252") << false;
    QTest::newRow("declared label with spaces and capitals")
        << punctuation << QByteArray("  Windows-1252 ") << punctuationText << QStringLiteral("Windows-1252") << false;
    QTest::newRow("windows-1252 unassigned byte stays c1")
        << QByteArray("a\x81z") << QByteArray("windows-1252") << QStringLiteral("a") + QChar(0x81) + QStringLiteral("z")
        << QStringLiteral("Windows-1252") << false;
    // As browsers do: a Latin-1 label still gets the curly quotes of Windows-1252.
    QTest::newRow("ISO-8859-1 declared") << QByteArray("Caf\xE9 \x93ok\x94") << QByteArray("ISO-8859-1")
                                         << QStringLiteral("Caf\u00E9 \u201Cok\u201D") << QStringLiteral("Windows-1252")
                                         << false;
    QTest::newRow("latin1 declared") << QByteArray("Se\xF1or") << QByteArray("latin1") << QStringLiteral("Se\u00F1or")
                                     << QStringLiteral("Windows-1252") << false;
    QTest::newRow("western label on ascii")
        << QByteArray("Plain words.") << QByteArray("iso-8859-1") << QStringLiteral("Plain words.")
        << QStringLiteral("Windows-1252") << false;
    QTest::newRow("utf-8 declared, valid")
        << spanish.toUtf8() << QByteArray("utf-8") << spanish << QStringLiteral("UTF-8") << false;
    QTest::newRow("utf-8 declared, invalid bytes")
        << QByteArray("Pe\xF1"
                      "a")
        << QByteArray("UTF-8") << QStringLiteral("Pe\u00F1a") << QStringLiteral("Windows-1252") << true;
    QTest::newRow("unknown label, utf-8 bytes")
        << spanish.toUtf8() << QByteArray("x-klingon") << spanish << QStringLiteral("UTF-8") << false;
    QTest::newRow("unknown label, windows-1252 bytes")
        << punctuation << QByteArray("x-klingon") << punctuationText << QStringLiteral("Windows-1252") << true;
    // The most common mislabelling on the web: UTF-8 pages declared as Latin-1.
    QTest::newRow("windows-1252 declared, bytes are utf-8")
        << spanish.toUtf8() << QByteArray("windows-1252") << spanish << QStringLiteral("UTF-8") << false;
    QTest::newRow("ISO-8859-1 declared, bytes are utf-8")
        << spanish.toUtf8() << QByteArray("ISO-8859-1") << spanish << QStringLiteral("UTF-8") << false;

    QTest::newRow("invalid utf-8 undeclared")
        << QByteArray("Caf\xC3 au lait \xFF") << QByteArray() << QStringLiteral("Caf\u00C3 au lait \u00FF")
        << QStringLiteral("Windows-1252") << true;
    QTest::newRow("truncated sequence at the end")
        << QByteArray("Caf\xC3") << QByteArray() << QStringLiteral("Caf\u00C3") << QStringLiteral("Windows-1252")
        << true;
    QTest::newRow("overlong encoding") << QByteArray("a\xC0\xAF"
                                                     "b")
                                       << QByteArray()
                                       << QStringLiteral("a\u00C0\u00AF"
                                                         "b")
                                       << QStringLiteral("Windows-1252") << true;
    QTest::newRow("encoded surrogate") << QByteArray("a\xED\xA0\x80"
                                                     "b")
                                       << QByteArray()
                                       << QStringLiteral("a\u00ED\u00A0\u20AC"
                                                         "b")
                                       << QStringLiteral("Windows-1252") << true;
    QTest::newRow("empty") << QByteArray() << QByteArray() << QString() << QStringLiteral("UTF-8") << false;
}

void TestTextDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, declared);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(bool, warned);

    const DecodedText decoded = TextDecoder::decode(bytes, declared);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, encoding);
    QVERIFY2(decoded.warning.isEmpty() != warned, qPrintable(decoded.warning));
}

void TestTextDecoder::isValidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii") << QByteArray("plain") << true;
    QTest::newRow("two-byte") << QByteArray("Pe\xC3\xB1"
                                            "a")
                              << true;
    QTest::newRow("three-byte") << QByteArray("\xE2\x80\x94") << true;
    QTest::newRow("four-byte") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("lone continuation byte") << QByteArray("a\x80z") << false;
    QTest::newRow("truncated") << QByteArray("a\xE2\x80") << false;
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("beyond unicode") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("0xff") << QByteArray("\xFF") << false;
}

void TestTextDecoder::isValidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(TextDecoder::isValidUtf8(bytes), valid);
}

void TestTextDecoder::windows1252HighBytes()
{
    // The full 0x80-0x9F table; unassigned positions keep their C1 code point.
    const char16_t expected[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    QByteArray bytes;
    for (int byte = 0x80; byte < 0xA0; ++byte)
        bytes.append(char(byte));
    const QString text = TextDecoder::fromWindows1252(bytes);
    QCOMPARE(text.size(), 32);
    for (int i = 0; i < 32; ++i)
        QCOMPARE(text.at(i).unicode(), expected[i]);

    QByteArray latin;
    for (int byte = 0; byte < 0x100; ++byte) {
        if (byte < 0x80 || byte >= 0xA0)
            latin.append(char(byte));
    }
    const QString latinText = TextDecoder::fromWindows1252(latin);
    QCOMPARE(latinText, QString::fromLatin1(latin));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
