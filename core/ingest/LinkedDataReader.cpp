// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LinkedDataReader.h"

#include "NameList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace annalist {

namespace {

// schema.org allows one value or a list of them almost everywhere.
QJsonArray asList(const QJsonValue &value)
{
    return value.isArray() ? value.toArray() : QJsonArray { value };
}

bool isArticle(const QJsonObject &object)
{
    const QJsonArray types = asList(object.value(QStringLiteral("@type")));
    for (const QJsonValue &type : types) {
        const QString name = type.toString();
        if (name.contains(QLatin1String("Article")) || name.contains(QLatin1String("BlogPosting"))
            || name == QLatin1String("Report"))
            return true;
    }
    return false;
}

// Leftovers of old CMS templates that hid scripts from ancient browsers.
QString withoutCommentWrappers(const QString &text)
{
    QString json = text.trimmed();
    for (const QString &wrapper :
         { QStringLiteral("<!--"), QStringLiteral("//<![CDATA["), QStringLiteral("<![CDATA[") }) {
        if (json.startsWith(wrapper))
            json = json.mid(wrapper.size()).trimmed();
    }
    for (const QString &wrapper : { QStringLiteral("-->"), QStringLiteral("//]]>"), QStringLiteral("]]>") }) {
        if (json.endsWith(wrapper))
            json.chop(wrapper.size());
    }
    return json;
}

} // namespace

void LinkedDataReader::add(const QString &text)
{
    QString json = withoutCommentWrappers(text);
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        // Raw line breaks inside strings are the most common defect; outside
        // strings they are plain whitespace, so replacing them is harmless.
        json.replace(QLatin1Char('\n'), QLatin1Char(' '))
            .replace(QLatin1Char('\r'), QLatin1Char(' '))
            .replace(QLatin1Char('\t'), QLatin1Char(' '));
        document = QJsonDocument::fromJson(json.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return;
    }
    if (document.isArray())
        collect(document.array(), 0);
    else if (document.isObject())
        collect(document.object(), 0);
}

QString LinkedDataReader::headline() const
{
    return firstString(QStringLiteral("headline"));
}

QString LinkedDataReader::datePublished() const
{
    return firstString(QStringLiteral("datePublished"));
}

QString LinkedDataReader::authors() const
{
    return firstNames(QStringLiteral("author")).joined();
}

QString LinkedDataReader::publisher() const
{
    return firstNames(QStringLiteral("publisher")).first();
}

void LinkedDataReader::collect(const QJsonValue &value, int depth)
{
    if (depth > 8)
        return;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            collect(item, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QString id = object.value(QStringLiteral("@id")).toString();
    // An object holding only "@id" is a reference, not the definition.
    if (!id.isEmpty() && object.size() > 1 && !m_byId.contains(id))
        m_byId.insert(id, object);
    (isArticle(object) ? m_articles : m_others).append(object);
    if (object.contains(QStringLiteral("@graph")))
        collect(object.value(QStringLiteral("@graph")), depth + 1);
}

QList<QJsonObject> LinkedDataReader::ordered() const
{
    return m_articles + m_others;
}

QString LinkedDataReader::firstString(const QString &key) const
{
    for (const QJsonObject &object : ordered()) {
        const QString value = object.value(key).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

NameList LinkedDataReader::firstNames(const QString &key) const
{
    for (const QJsonObject &object : ordered()) {
        const NameList names = namesOf(object.value(key));
        if (!names.isEmpty())
            return names;
    }
    return {};
}

QJsonObject LinkedDataReader::resolved(const QJsonObject &object) const
{
    const QString id = object.value(QStringLiteral("@id")).toString();
    if (object.size() == 1 && !id.isEmpty())
        return m_byId.value(id, object);
    return object;
}

// A person or organisation may be given as text, an object, a reference or a list.
NameList LinkedDataReader::namesOf(const QJsonValue &value) const
{
    NameList names;
    const QJsonArray items = asList(value);
    for (const QJsonValue &item : items) {
        if (item.isString() && !NameList::looksLikeUrl(item.toString()))
            names.add(item.toString());
        else if (item.isObject())
            names.add(resolved(item.toObject()).value(QStringLiteral("name")).toString());
    }
    return names;
}

} // namespace annalist
