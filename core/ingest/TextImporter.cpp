// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TextImporter.h"

#include "DatelineParser.h"
#include "MarkdownText.h"
#include "TextDecoder.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace annalist {

namespace {

QString normalisedLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

bool isStrayControl(char16_t u)
{
    return u < 0x20 && u != u'\t' && u != u'\n' && u != u'\f';
}

// Text with a NUL or many control characters is binary; a few strays (a DOS end-of-file
// mark, an escape sequence) become spaces, so that offsets still match the original.
bool cleanControlCharacters(QString &text)
{
    qsizetype strays = 0;
    for (const QChar c : std::as_const(text)) {
        if (c.unicode() == 0)
            return false;
        strays += isStrayControl(c.unicode());
    }
    if (strays * 20 > text.size())
        return false;
    if (strays > 0) {
        for (QChar &c : text) {
            if (isStrayControl(c.unicode()))
                c = u' ';
        }
    }
    return true;
}

// "---\ntitle: …\ndate: …\n---\n" at the very top of a Markdown file.
void takeFrontMatter(QString &text, ImportedDocument &document)
{
    if (!text.startsWith(QStringLiteral("---\n")))
        return;
    const int end = text.indexOf(QStringLiteral("\n---"), 3);
    if (end < 0 || end > 4096)
        return;
    const QStringList lines = text.mid(4, end - 4).split(u'\n');
    for (const QString &line : lines) {
        const int colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        QString value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) && value.endsWith(value.front()))
            value = value.mid(1, value.size() - 2);
        if (key == QStringLiteral("title")) {
            document.title = value;
        } else if (key == QStringLiteral("author")) {
            document.author = value;
        } else if (key == QStringLiteral("outlet") || key == QStringLiteral("publisher")
                   || key == QStringLiteral("source")) {
            document.outlet = value;
        } else if (key == QStringLiteral("url") || key == QStringLiteral("link")) {
            document.url = value;
        } else if (key == QStringLiteral("lang") || key == QStringLiteral("language")) {
            document.language = value;
        } else if (key == QStringLiteral("date") || key == QStringLiteral("published")) {
            // "2025-04-02T10:32:00Z" as Hugo writes it, "2025-04-02 10:32:00 +0200" as Jekyll does.
            static const QRegularExpression timestamp(QStringLiteral(
                "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
            const QRegularExpressionMatch stamp = timestamp.match(value);
            const QDateTime moment = stamp.hasMatch()
                ? QDateTime::fromString(QString(stamp.captured(1) + u'T' + stamp.captured(2) + stamp.captured(3)),
                                        Qt::ISODate)
                : QDateTime();
            const QDate date = DatelineParser::parseDate(value);
            if (moment.isValid() && stamp.captured(3).isEmpty()) {
                // Without a zone the time could be anyone's; read it as UTC and say so.
                document.published = TimeValue::instant(QDateTime(moment.date(), moment.time(), QTimeZone::utc()),
                                                        TimeValue::Granularity::Minute);
                document.warnings << QStringLiteral("the date %1 has no time zone; it was read as UTC").arg(value);
            } else if (moment.isValid())
                document.published = TimeValue::instant(moment, TimeValue::Granularity::Minute);
            else if (date.isValid())
                document.published = TimeValue::day(date);
            if (document.published.isKnown()) {
                document.published.setExpression(value);
                document.published.setAnchor(QStringLiteral("front matter"));
            }
        }
    }
    int bodyStart = text.indexOf(u'\n', end + 1);
    text = bodyStart < 0 ? QString() : text.mid(bodyStart + 1);
}

} // namespace

TextImporter::TextImporter(DocumentFormat format)
    : m_format(format)
{ }

QString TextImporter::titleFrom(const QString &text, bool markdown)
{
    for (QStringView line : QStringView(text).split(u'\n')) {
        QString title = line.toString().simplified();
        // The same conversion as the body, so that snake_case and 2*3*4 survive and
        // rules give no title.
        if (markdown)
            title = MarkdownText::toPlainText(title).simplified();
        if (title.isEmpty())
            continue;
        if (title.size() > maxTitleLength) {
            int cut = title.lastIndexOf(u' ', maxTitleLength);
            if (cut < maxTitleLength / 2)
                cut = maxTitleLength;
            title = title.left(cut) + QStringLiteral("…");
        }
        return title;
    }
    return {};
}

Result<ImportedDocument, ImportError> TextImporter::import(const QByteArray &bytes, const QString &fileName) const
{
    if (bytes.isEmpty())
        return ImportError { QStringLiteral("the file is empty") };

    const DecodedText decoded = TextDecoder::decode(bytes);
    QString text = normalisedLineEnds(decoded.text);
    if (!cleanControlCharacters(text))
        return ImportError { QStringLiteral("the file is binary, not text") };

    const bool markdown = m_format == DocumentFormat::Markdown;
    ImportedDocument document;
    document.mediaType = markdown ? QStringLiteral("text/markdown") : QStringLiteral("text/plain");
    if (!decoded.warning.isEmpty())
        document.warnings << decoded.warning;
    if (markdown)
        takeFrontMatter(text, document);

    if (text.trimmed().isEmpty())
        return ImportError { QStringLiteral("the file has no text (only white space)") };
    if (document.title.isEmpty())
        document.title = titleFrom(text, markdown);
    document.body = markdown ? MarkdownText::toPlainText(text) : text;
    if (document.body.trimmed().isEmpty())
        return ImportError { QStringLiteral("the file has no text (only formatting marks)") };
    if (document.title.isEmpty())
        document.title = QFileInfo(fileName).completeBaseName();
    return document;
}

} // namespace annalist
