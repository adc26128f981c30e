// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HtmlMetadataReader.h"

#include "FurnitureRules.h"
#include "GumboNodes.h"
#include "HtmlTree.h"
#include "NameList.h"
#include "PublicationTimeParser.h"

#include <QUrl>

#include <initializer_list>
#include <utility>

namespace annalist {

namespace {

// "Talks resume in Doha - The Daily Record" → "Talks resume in Doha" when the
// outlet is "The Daily Record".
QString withoutOutletSuffix(const QString &title, const QString &outlet)
{
    if (outlet.isEmpty())
        return title;
    for (const QString &separator :
         { QStringLiteral(" - "), QStringLiteral(" | "), QStringLiteral(" \u2013 "), QStringLiteral(" \u2014 "),
           QStringLiteral(" \u00B7 "), QStringLiteral(" :: ") }) {
        const qsizetype at = title.lastIndexOf(separator);
        if (at > 0 && title.mid(at + separator.size()).trimmed().compare(outlet, Qt::CaseInsensitive) == 0)
            return title.left(at).trimmed();
    }
    return title;
}

QString firstNonEmpty(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        const QString simplified = candidate.simplified();
        if (!simplified.isEmpty())
            return simplified;
    }
    return {};
}

// The text of an element's own text children, as in a <script>.
QString ownText(const GumboNode *element)
{
    QString text;
    const GumboVector &children = childrenOf(element);
    for (unsigned int i = 0; i < children.length; ++i) {
        const GumboNode *child = childAt(children, i);
        if (isTextNode(child))
            text += nodeText(child);
    }
    return text;
}

const GumboNode *firstTimeElement(const GumboNode *root)
{
    const GumboNode *found = nullptr;
    const FurnitureRules rules = FurnitureRules::keepingHeaderAndFooter();
    visitPreOrder(root, [&](const GumboNode *node) {
        if (found || !isElement(node))
            return false;
        if (node != root && rules.isFurniture(node))
            return false;
        if (isHtmlElement(node, GUMBO_TAG_TIME) && !attribute(node, "datetime").trimmed().isEmpty()) {
            found = node;
            return false;
        }
        return true;
    });
    return found;
}

} // namespace

HtmlMetadataReader::HtmlMetadataReader(const HtmlTree &tree)
{
    if (!tree.isValid())
        return;
    if (tree.root() && isElement(tree.root()))
        m_language = attribute(tree.root(), "lang").trimmed();
    // An <svg> has a <title> of its own, which visitHtmlElements leaves out.
    visitHtmlElements(tree.document(), [this](const GumboNode *node) {
        readElement(node);
        return !holdsNoPageText(node->v.element.tag);
    });
}

// Takes what one HTML element states.
void HtmlMetadataReader::readElement(const GumboNode *node)
{
    switch (node->v.element.tag) {
    case GUMBO_TAG_META: {
        const QString content = attribute(node, "content").trimmed();
        if (content.isEmpty())
            return;
        for (const char *keyAttribute : { "name", "property", "itemprop", "http-equiv" }) {
            const QString key = attributeKeyword(node, keyAttribute);
            if (!key.isEmpty())
                m_meta[key].append(content);
        }
        break;
    }
    case GUMBO_TAG_LINK:
        if (m_canonical.isEmpty()
            && attribute(node, "rel")
                   .toLower()
                   .split(QLatin1Char(' '), Qt::SkipEmptyParts)
                   .contains(QLatin1String("canonical")))
            m_canonical = attribute(node, "href").trimmed();
        break;
    case GUMBO_TAG_TITLE:
        if (m_title.isEmpty())
            m_title = textContent(node);
        break;
    case GUMBO_TAG_H1:
        if (m_firstHeading.isEmpty())
            m_firstHeading = textContent(node);
        break;
    case GUMBO_TAG_SCRIPT:
        if (attribute(node, "type").toLower().contains(QLatin1String("ld+json")))
            m_linkedData.add(ownText(node));
        break;
    default:
        break;
    }
}

QString HtmlMetadataReader::metaValue(const QString &key) const
{
    const QStringList values = m_meta.value(key);
    return values.isEmpty() ? QString() : values.constFirst();
}

QString HtmlMetadataReader::outlet() const
{
    return firstNonEmpty({ metaValue(QStringLiteral("og:site_name")), m_linkedData.publisher(),
                           metaValue(QStringLiteral("application-name")) });
}

QString HtmlMetadataReader::title() const
{
    return firstNonEmpty({ metaValue(QStringLiteral("og:title")), metaValue(QStringLiteral("twitter:title")),
                           m_linkedData.headline(), withoutOutletSuffix(m_title.simplified(), outlet()),
                           m_firstHeading });
}

QString HtmlMetadataReader::author() const
{
    for (const QString &key : { QStringLiteral("author"), QStringLiteral("article:author") }) {
        NameList names;
        for (const QString &author : m_meta.value(key)) {
            // article:author is often a profile URL, which is no name.
            const QString name = author.simplified();
            if (!NameList::looksLikeUrl(name))
                names.add(name);
        }
        if (!names.isEmpty())
            return names.joined();
    }
    return m_linkedData.authors();
}

QString HtmlMetadataReader::url() const
{
    const QString ogUrl = metaValue(QStringLiteral("og:url"));
    if (m_canonical.isEmpty())
        return ogUrl;
    QUrl canonical(m_canonical);
    const QUrl base(ogUrl);
    if (canonical.isRelative() && base.isValid() && !base.isRelative())
        canonical = base.resolved(canonical);
    return canonical.toString();
}

QString HtmlMetadataReader::language() const
{
    return firstNonEmpty({ m_language, metaValue(QStringLiteral("content-language")),
                           metaValue(QStringLiteral("og:locale")).replace(QLatin1Char('_'), QLatin1Char('-')) });
}

TimeValue HtmlMetadataReader::published(const GumboNode *storyContainer, QStringList &warnings) const
{
    QStringList candidates;
    for (const QString &key :
         { QStringLiteral("article:published_time"), QStringLiteral("og:published_time"), QStringLiteral("date"),
           QStringLiteral("dc.date"), QStringLiteral("dc.date.issued"), QStringLiteral("dcterms.date"),
           QStringLiteral("pubdate"), QStringLiteral("parsely-pub-date"), QStringLiteral("sailthru.date") })
        candidates.append(metaValue(key));
    candidates.append(m_linkedData.datePublished());
    candidates.append(metaValue(QStringLiteral("datepublished"))); // microdata itemprop
    if (storyContainer) {
        if (const GumboNode *time = firstTimeElement(storyContainer))
            candidates.append(attribute(time, "datetime"));
    }
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate.trimmed().isEmpty())
            continue;
        QStringList dateWarnings;
        const TimeValue value = PublicationTimeParser::parse(candidate, dateWarnings);
        if (value.isKnown()) {
            warnings += dateWarnings;
            return value;
        }
    }
    return {};
}

} // namespace annalist
