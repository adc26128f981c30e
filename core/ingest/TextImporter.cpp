#include "TextImporter.h"

#include "DatelineParser.h"
#include "MarkdownText.h"
#include "TextDecoder.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

namespace annalist {

namespace {

QString normalisedLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0 || (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\f' && u != 0x1B))
            return true;
    }
    return false;
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
        } else if (key == QStringLiteral("outlet") || key == QStringLiteral("publisher") || key == QStringLiteral("source")) {
            document.outlet = value;
        } else if (key == QStringLiteral("url") || key == QStringLiteral("link")) {
            document.url = value;
        } else if (key == QStringLiteral("lang") || key == QStringLiteral("language")) {
            document.language = value;
        } else if (key == QStringLiteral("date") || key == QStringLiteral("published")) {
            const QDateTime moment = QDateTime::fromString(value, Qt::ISODate);
            const QDate date = DatelineParser::parseDate(value);
            if (value.contains(u'T') && moment.isValid())
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
{
}

QString TextImporter::titleFrom(const QString &text, bool markdown)
{
    static const QRegularExpression headingMarks(QStringLiteral("^#{1,6}\\s+|\\s+#+\\s*$"));
    static const QRegularExpression emphasis(QStringLiteral("[*_`]{1,3}"));
    for (QStringView line : QStringView(text).split(u'\n')) {
        QString title = line.toString().simplified();
        if (markdown) {
            title.remove(headingMarks);
            title.remove(emphasis);
            title = title.trimmed();
        }
        if (title.isEmpty() || (markdown && (title == QStringLiteral("---") || title == QStringLiteral("***"))))
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
        return ImportError{QStringLiteral("the file is empty")};

    const DecodedText decoded = TextDecoder::decode(bytes);
    QString text = normalisedLineEnds(decoded.text);
    if (hasControlCharacters(text))
        return ImportError{QStringLiteral("the file is binary, not text")};

    const bool markdown = m_format == DocumentFormat::Markdown;
    ImportedDocument document;
    document.mediaType = markdown ? QStringLiteral("text/markdown") : QStringLiteral("text/plain");
    if (!decoded.warning.isEmpty())
        document.warnings << decoded.warning;
    if (markdown)
        takeFrontMatter(text, document);

    if (text.trimmed().isEmpty())
        return ImportError{QStringLiteral("the file has no text (only white space)")};
    if (document.title.isEmpty())
        document.title = titleFrom(text, markdown);
    document.body = markdown ? MarkdownText::toPlainText(text) : text;
    if (document.title.isEmpty())
        document.title = QFileInfo(fileName).completeBaseName();
    return document;
}

} // namespace annalist
