// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeMlDocument.h"

#include "analysis/TimexMatch.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace annalist {

namespace {

TimeMlAttributes attributesOf(const QXmlStreamAttributes &attributes)
{
    TimeMlAttributes list;
    for (const QXmlStreamAttribute &attribute : attributes)
        list.append({ attribute.qualifiedName().toString(), attribute.value().toString() });
    return list;
}

QString attribute(const TimeMlAttributes &attributes, QLatin1String name)
{
    for (const auto &[key, value] : attributes) {
        if (key == name)
            return value;
    }
    return {};
}

bool hasAttribute(const TimeMlAttributes &attributes, QLatin1String name)
{
    for (const auto &pair : attributes) {
        if (pair.first == name)
            return true;
    }
    return false;
}

struct OpenElement
{
    TimeMlElement element;
    int line = 0;
};

} // namespace

QString TimeMlError::message() const
{
    return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(reason);
}

Result<TimeMlDocument, TimeMlError> TimeMlDocument::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return TimeMlError { path, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString()) };
    return parse(file.readAll(), path);
}

Result<TimeMlDocument, TimeMlError> TimeMlDocument::parse(const QByteArray &data, const QString &fileName)
{
    // Decoded here so that the reader's character offsets index this very string and
    // the head can be copied verbatim; TimeML files are UTF-8 (or its ASCII subset).
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString content = decoder.decode(data);
    if (decoder.hasError())
        return TimeMlError { fileName, 1, QStringLiteral("the file is not UTF-8") };

    TimeMlDocument document;
    document.m_fileName = fileName;
    QXmlStreamReader xml(content);
    bool inText = false;
    bool sawText = false;
    bool inDct = false;
    bool inDocId = false;
    QList<OpenElement> open;
    qint64 lastTagLine = 1;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const int line = int(xml.lineNumber());
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            if (inText) {
                OpenElement element;
                element.element.name = name;
                element.element.attributes = attributesOf(xml.attributes());
                element.element.start = int(document.m_text.size());
                element.line = line;
                open.append(element);
                continue;
            }
            if (name == QLatin1String("TEXT")) {
                if (sawText)
                    return TimeMlError { fileName, line, QStringLiteral("a second <TEXT> element") };
                inText = true;
                sawText = true;
                document.m_head = content.left(xml.characterOffset());
            } else if (name == QLatin1String("DCT")) {
                inDct = true;
            } else if (name == QLatin1String("DOCID")) {
                inDocId = true;
            } else if (name == QLatin1String("TIMEX3") && inDct) {
                const TimeMlAttributes attributes = attributesOf(xml.attributes());
                document.m_creationValue = attribute(attributes, QLatin1String("value"));
            } else if (name == QLatin1String("MAKEINSTANCE")) {
                document.m_instances.append(attributesOf(xml.attributes()));
            }
        } else if (token == QXmlStreamReader::EndElement) {
            lastTagLine = line;
            const QString name = xml.name().toString();
            if (inText && name == QLatin1String("TEXT") && open.isEmpty()) {
                inText = false;
            } else if (inText) {
                OpenElement element = open.takeLast();
                element.element.end = int(document.m_text.size());
                if (element.element.name == QLatin1String("TIMEX3")) {
                    const TimeMlAttributes &attributes = element.element.attributes;
                    TimeMlTimex timex;
                    timex.start = element.element.start;
                    timex.end = element.element.end;
                    timex.tid = attribute(attributes, QLatin1String("tid"));
                    timex.value = attribute(attributes, QLatin1String("value"));
                    timex.mod = attribute(attributes, QLatin1String("mod"));
                    timex.line = element.line;
                    if (!hasAttribute(attributes, QLatin1String("type")))
                        return TimeMlError { fileName, element.line,
                                             QStringLiteral("TIMEX3 without a type attribute") };
                    const QString type = attribute(attributes, QLatin1String("type"));
                    if (!timexTypeFromName(type, &timex.type))
                        return TimeMlError { fileName, element.line,
                                             QStringLiteral("TIMEX3 of unknown type '%1'").arg(type) };
                    if (timex.end <= timex.start)
                        return TimeMlError { fileName, element.line, QStringLiteral("empty TIMEX3") };
                    document.m_timexes.append(timex);
                } else {
                    document.m_otherTags.append(element.element);
                }
            } else if (name == QLatin1String("DCT")) {
                inDct = false;
            } else if (name == QLatin1String("DOCID")) {
                inDocId = false;
            }
        } else if (token == QXmlStreamReader::Characters) {
            if (inText)
                document.m_text += xml.text();
            else if (inDocId)
                document.m_documentId += xml.text().trimmed();
        }
    }
    if (xml.hasError())
        return TimeMlError { fileName, xml.lineNumber(), xml.errorString() };
    if (!sawText)
        return TimeMlError { fileName, lastTagLine, QStringLiteral("no <TEXT> element") };
    if (!document.m_creationValue.isEmpty() && !timeFromValue(document.m_creationValue).isKnown())
        return TimeMlError { fileName, 1,
                             QStringLiteral("DCT value '%1' is not a date").arg(document.m_creationValue) };
    if (document.m_documentId.isEmpty())
        document.m_documentId = QFileInfo(fileName).completeBaseName();
    return document;
}

TimeValue TimeMlDocument::creationTime() const
{
    return timeFromValue(m_creationValue);
}

TimeValue TimeMlDocument::timeFromValue(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() >= 16 && trimmed.at(10) == u'T') {
        QDateTime moment = QDateTime::fromString(trimmed.left(16), QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (moment.isValid()) {
            moment.setTimeZone(QTimeZone::utc());
            return TimeValue::instant(moment, TimeValue::Granularity::Minute);
        }
    }
    if (trimmed.size() >= 10) {
        const QDate date = QDate::fromString(trimmed.left(10), Qt::ISODate);
        if (date.isValid())
            return TimeValue::day(date);
    }
    if (trimmed.size() == 7) {
        const QDate date = QDate::fromString(trimmed + QStringLiteral("-01"), Qt::ISODate);
        if (date.isValid())
            return TimeValue::month(date.year(), date.month());
    }
    if (trimmed.size() == 4) {
        bool numeric = false;
        const int year = trimmed.toInt(&numeric);
        if (numeric)
            return TimeValue::year(year);
    }
    return {};
}

} // namespace annalist
