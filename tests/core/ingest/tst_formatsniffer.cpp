// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ingest/FormatSniffer.h"

#include <QStringEncoder>
#include <QTest>

using namespace annalist;

// The format of a file is decided by its content; the name only tells Markdown from
// plain text, so renamed files are neither refused nor read the wrong way.
class TestFormatSniffer : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void importableExtensions_data();
    void importableExtensions();
};

namespace {

const QByteArray prose("The harbour audit began in March. Officials from both ports met twice,\n"
                       "and the minutes of the second meeting were published the week after.\n");

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    QByteArray bytes = encoder(text);
    return bytes;
}

QString formatName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::PlainText:
        return QStringLiteral("PlainText");
    case DocumentFormat::Markdown:
        return QStringLiteral("Markdown");
    case DocumentFormat::Html:
        return QStringLiteral("Html");
    case DocumentFormat::Pdf:
        return QStringLiteral("Pdf");
    case DocumentFormat::Binary:
        return QStringLiteral("Binary");
    }
    return QStringLiteral("unknown");
}

// Arbitrary bytes after a magic number, as in a real file of that type.
QByteArray withPayload(const QByteArray &magic)
{
    QByteArray bytes = magic;
    for (int i = 0; i < 512; ++i)
        bytes.append(char((i * 37 + 11) & 0xFF));
    return bytes;
}

} // namespace

void TestFormatSniffer::detect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<DocumentFormat>("format");

    QTest::newRow("pdf magic") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n") + withPayload("stream")
                               << QStringLiteral("report.pdf") << DocumentFormat::Pdf;
    QTest::newRow("pdf named .txt") << QByteArray("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\n")
                                    << QStringLiteral("report.txt") << DocumentFormat::Pdf;
    QTest::newRow("pdf after junk") << QByteArray("garbage before the header\n%PDF-1.5\n")
                                    << QStringLiteral("report.bin") << DocumentFormat::Pdf;

    QTest::newRow("html doctype") << QByteArray("<!DOCTYPE html>\n<html><body><p>News</p></body></html>")
                                  << QStringLiteral("a.html") << DocumentFormat::Html;
    QTest::newRow("html doctype lower case")
        << QByteArray("<!doctype html><title>x</title>") << QStringLiteral("a.htm") << DocumentFormat::Html;
    QTest::newRow("html element") << QByteArray("<html lang=\"en\"><body>News</body></html>")
                                  << QStringLiteral("a.html") << DocumentFormat::Html;
    QTest::newRow("html upper case") << QByteArray("<HTML><BODY>News</BODY></HTML>") << QStringLiteral("a.html")
                                     << DocumentFormat::Html;
    QTest::newRow("head element") << QByteArray("<head><title>News</title></head><body>Text</body>")
                                  << QStringLiteral("a.html") << DocumentFormat::Html;
    QTest::newRow("comment then html") << QByteArray(
        "<!-- saved from url=(0031)https://example.org/news -->\n<html><body>News</body></html>")
                                       << QStringLiteral("saved.html") << DocumentFormat::Html;
    QTest::newRow("xml declaration then html")
        << QByteArray("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>x</body></html>")
        << QStringLiteral("a.xhtml") << DocumentFormat::Html;
    QTest::newRow("bom then html") << QByteArray("\xEF\xBB\xBF<!DOCTYPE html><html><body>News</body></html>")
                                   << QStringLiteral("a.html") << DocumentFormat::Html;
    QTest::newRow("white space then html")
        << QByteArray("\n\n   \t<html><body>News</body></html>") << QStringLiteral("a.html") << DocumentFormat::Html;
    QTest::newRow("html page named .txt") << QByteArray("<!DOCTYPE html><html><body><p>News</p></body></html>")
                                          << QStringLiteral("page.txt") << DocumentFormat::Html;
    QTest::newRow("html page named .md") << QByteArray("<html><body><p>News</p></body></html>")
                                         << QStringLiteral("page.md") << DocumentFormat::Html;

    QTest::newRow("text named .html") << prose << QStringLiteral("notes.html") << DocumentFormat::PlainText;
    QTest::newRow("text mentioning html") << QByteArray("Pages start with <html> and end with </html>.\n")
                                          << QStringLiteral("notes.txt") << DocumentFormat::PlainText;
    QTest::newRow("comment without html") << QByteArray("<!-- a note -->\nJust text below the note.\n")
                                          << QStringLiteral("notes.txt") << DocumentFormat::PlainText;
    QTest::newRow("plain prose") << prose << QStringLiteral("brief.txt") << DocumentFormat::PlainText;
    QTest::newRow("plain prose without a name") << prose << QString() << DocumentFormat::PlainText;
    QTest::newRow("prose with tabs and form feeds")
        << QByteArray("Col1\tCol2\r\nA\tB\r\n\fPage two\r\n") << QStringLiteral("t.txt") << DocumentFormat::PlainText;
    QTest::newRow("utf-8 prose") << QStringLiteral("Pe\u00F1a said \u201Cyes\u201D \u2014 twice.\n").toUtf8()
                                 << QStringLiteral("a.txt") << DocumentFormat::PlainText;
    QTest::newRow("windows-1252 prose") << QByteArray("\x93Yes,\x94 said Pell \x96 twice.\n") << QStringLiteral("a.txt")
                                        << DocumentFormat::PlainText;
    QTest::newRow("one stray control character")
        << prose + QByteArray("\x01") + prose << QStringLiteral("a.txt") << DocumentFormat::PlainText;

    QTest::newRow("markdown .md") << QByteArray("# Heading\n\nSome *text*.\n") << QStringLiteral("notes.md")
                                  << DocumentFormat::Markdown;
    QTest::newRow("markdown .markdown") << QByteArray("# Heading\n") << QStringLiteral("notes.markdown")
                                        << DocumentFormat::Markdown;
    QTest::newRow("markdown .mdown") << QByteArray("# Heading\n") << QStringLiteral("notes.mdown")
                                     << DocumentFormat::Markdown;
    QTest::newRow("markdown upper-case suffix")
        << QByteArray("# Heading\n") << QStringLiteral("NOTES.MD") << DocumentFormat::Markdown;
    QTest::newRow("markdown syntax named .txt")
        << QByteArray("# Heading\n\nSome *text*.\n") << QStringLiteral("notes.txt") << DocumentFormat::PlainText;

    QTest::newRow("png") << withPayload("\x89PNG\r\n\x1A\n") << QStringLiteral("picture.txt") << DocumentFormat::Binary;
    QTest::newRow("jpeg") << withPayload("\xFF\xD8\xFF\xE0") << QStringLiteral("photo.txt") << DocumentFormat::Binary;
    QTest::newRow("zip") << withPayload("PK\x03\x04") << QStringLiteral("document.md") << DocumentFormat::Binary;
    QTest::newRow("gzip") << withPayload("\x1F\x8B\x08") << QStringLiteral("notes.txt.gz") << DocumentFormat::Binary;
    QTest::newRow("elf") << withPayload("\x7F"
                                        "ELF")
                         << QStringLiteral("program.html") << DocumentFormat::Binary;
    // Magic numbers alone, so that only the magic can tell.
    QTest::newRow("png magic then text") << QByteArray("\x89PNG") + prose << QStringLiteral("a.txt")
                                         << DocumentFormat::Binary;
    QTest::newRow("gzip magic then text")
        << QByteArray("\x1F\x8B") + prose << QStringLiteral("a.txt") << DocumentFormat::Binary;
    QTest::newRow("nul byte in text") << prose + QByteArray(1, '\0') + prose << QStringLiteral("a.txt")
                                      << DocumentFormat::Binary;
    QTest::newRow("nul bytes only") << QByteArray(64, '\0') << QStringLiteral("a.txt") << DocumentFormat::Binary;
    QTest::newRow("control characters") << QByteArray("ab\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F"
                                                      "cd\x10\x11\x12\x13\x14\x15\x16\x17")
                                        << QStringLiteral("a.txt") << DocumentFormat::Binary;
    QTest::newRow("one control in twelve characters") << QByteArray("abcdefghijk\x01"
                                                                    "abcdefghijk\x02"
                                                                    "abcdefghijk\x03")
                                                      << QStringLiteral("a.txt") << DocumentFormat::Binary;

    const QString english = QStringLiteral("UTF-16 text is text, not a binary file.\nSecond line.\n");
    QTest::newRow("utf-16le with bom") << QByteArray("\xFF\xFE") + utf16(english, QStringConverter::Utf16LE)
                                       << QStringLiteral("a.txt") << DocumentFormat::PlainText;
    QTest::newRow("utf-16be with bom") << QByteArray("\xFE\xFF") + utf16(english, QStringConverter::Utf16BE)
                                       << QStringLiteral("a.txt") << DocumentFormat::PlainText;
    QTest::newRow("utf-16le without bom")
        << utf16(english, QStringConverter::Utf16LE) << QStringLiteral("a.txt") << DocumentFormat::PlainText;
    QTest::newRow("utf-16be without bom")
        << utf16(english, QStringConverter::Utf16BE) << QStringLiteral("a.txt") << DocumentFormat::PlainText;
    QTest::newRow("utf-16 markdown") << QByteArray("\xFF\xFE")
            + utf16(QStringLiteral("# Heading\n\nText here.\n"), QStringConverter::Utf16LE)
                                     << QStringLiteral("a.md") << DocumentFormat::Markdown;
}

void TestFormatSniffer::detect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(DocumentFormat, format);
    QCOMPARE(formatName(FormatSniffer::detect(bytes, fileName)), formatName(format));
}

void TestFormatSniffer::importableExtensions_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("importable");

    QTest::newRow("txt") << QStringLiteral("brief.txt") << true;
    QTest::newRow("text") << QStringLiteral("brief.text") << true;
    QTest::newRow("upper-case TXT") << QStringLiteral("BRIEF.TXT") << true;
    QTest::newRow("md") << QStringLiteral("notes.md") << true;
    QTest::newRow("markdown") << QStringLiteral("notes.markdown") << true;
    QTest::newRow("mdown") << QStringLiteral("notes.mdown") << true;
    QTest::newRow("html") << QStringLiteral("page.html") << true;
    QTest::newRow("htm") << QStringLiteral("page.htm") << true;
    QTest::newRow("xhtml") << QStringLiteral("page.xhtml") << true;
    QTest::newRow("pdf") << QStringLiteral("report.pdf") << true;
    QTest::newRow("in a folder") << QStringLiteral("/data/news/2025/brief.txt") << true;
    QTest::newRow("dots in the name") << QStringLiteral("brief.v2.final.md") << true;
    QTest::newRow("png") << QStringLiteral("picture.png") << false;
    QTest::newRow("docx") << QStringLiteral("letter.docx") << false;
    QTest::newRow("compressed text") << QStringLiteral("brief.txt.gz") << false;
    QTest::newRow("no suffix") << QStringLiteral("README") << false;
    QTest::newRow("suffix only in the folder") << QStringLiteral("/data/notes.txt/picture") << false;
}

void TestFormatSniffer::importableExtensions()
{
    QFETCH(QString, fileName);
    QFETCH(bool, importable);
    QCOMPARE(FormatSniffer::hasImportableExtension(fileName), importable);
}

QTEST_GUILESS_MAIN(TestFormatSniffer)
#include "tst_formatsniffer.moc"
