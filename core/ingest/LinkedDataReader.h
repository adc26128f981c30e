// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

class QJsonValue;

namespace annalist {

class NameList;

// What a page's JSON-LD (schema.org) blocks say about its story. A block may be an
// object, an array or a "@graph" list whose objects refer to each other by "@id".
// Article objects (NewsArticle, BlogPosting, Report …) are asked first, then the
// others, each in page order.
class LinkedDataReader final
{
public:
    // Adds the text of one <script type="application/ld+json">. Malformed JSON is
    // ignored: metadata is not worth failing an import over.
    void add(const QString &json);

    QString headline() const;
    QString datePublished() const;
    // "Ana Peña, Luis Ortega"; profile URLs given as text are no names.
    QString authors() const;
    QString publisher() const;

private:
    void collect(const QJsonValue &value, int depth);
    QList<QJsonObject> ordered() const;
    QString firstString(const QString &key) const;
    NameList firstNames(const QString &key) const;
    QJsonObject resolved(const QJsonObject &object) const;
    NameList namesOf(const QJsonValue &value) const;

    QList<QJsonObject> m_articles;
    QList<QJsonObject> m_others;
    QHash<QString, QJsonObject> m_byId;
};

} // namespace annalist
