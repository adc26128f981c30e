// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GumboForward.h"
#include "LinkedDataReader.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace annalist {

class HtmlTree;
class TimeValue;

// What a page says about itself in <meta> tags (Open Graph, Twitter cards, Dublin
// Core, microdata), JSON-LD, <link rel="canonical">, <title>, the first <h1>, the
// lang attribute and the <time> of its story. Each field comes from the first of its
// sources that states it.
class HtmlMetadataReader final
{
public:
    explicit HtmlMetadataReader(const HtmlTree &tree);

    QString outlet() const;
    // The <title> counts only without its outlet suffix ("Talks resume - Gulf Herald").
    QString title() const;
    QString author() const;
    // The canonical link, resolved against og:url when relative, else og:url.
    QString url() const;
    QString language() const;
    // The first date the metadata states, else the first <time datetime> inside
    // storyContainer (pass null when the story is the whole body, whose masthead may
    // carry today's date). The warnings about the chosen date are appended.
    TimeValue published(const GumboNode *storyContainer, QStringList &warnings) const;

private:
    void readElement(const GumboNode *node);
    QString metaValue(const QString &key) const;

    // Lower-cased name, property, itemprop or http-equiv → contents in page order.
    QHash<QString, QStringList> m_meta;
    QString m_canonical;
    QString m_title;
    QString m_firstHeading;
    QString m_language;
    LinkedDataReader m_linkedData;
};

} // namespace annalist
