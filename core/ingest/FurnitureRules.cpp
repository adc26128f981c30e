// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FurnitureRules.h"

#include "GumboNodes.h"

#include <QRegularExpression>
#include <QStringList>

namespace annalist {

namespace {

bool isFurnitureTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

bool isFurnitureRole(const QString &role)
{
    static const QStringList roles = {
        QStringLiteral("navigation"),    QStringLiteral("banner"), QStringLiteral("contentinfo"),
        QStringLiteral("complementary"), QStringLiteral("search"), QStringLiteral("dialog"),
        QStringLiteral("alertdialog"),   QStringLiteral("menu"),   QStringLiteral("menubar"),
    };
    return roles.contains(role);
}

bool isHidden(const GumboNode *node)
{
    if (hasAttribute(node, "hidden") || attributeKeyword(node, "aria-hidden") == QLatin1String("true"))
        return true;
    const QString style = attribute(node, "style").toLower().remove(QLatin1Char(' '));
    return style.contains(QLatin1String("display:none")) || style.contains(QLatin1String("visibility:hidden"));
}

// Class or id words that sites use for things around the story.
bool marksFurniture(const QString &classAndId)
{
    static const QStringList fragments = {
        QStringLiteral("cookie"),  QStringLiteral("consent"),    QStringLiteral("newsletter"),
        QStringLiteral("sharing"), QStringLiteral("sharebar"),   QStringLiteral("social"),
        QStringLiteral("related"), QStringLiteral("comments"),   QStringLiteral("advert"),
        QStringLiteral("promo"),   QStringLiteral("breadcrumb"), QStringLiteral("subscribe"),
        QStringLiteral("sidebar"), QStringLiteral("paywall"),    QStringLiteral("popup"),
        QStringLiteral("sponsor"),
    };
    // Whole words only for these, which occur inside innocent names ("header",
    // "shared-layout").
    static const QStringList words = {
        QStringLiteral("ad"),      QStringLiteral("ads"),   QStringLiteral("banner"),
        QStringLiteral("comment"), QStringLiteral("modal"), QStringLiteral("signup"),
        QStringLiteral("donate"),  QStringLiteral("share"), QStringLiteral("shares"),
    };
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    static const QRegularExpression wordSeparator(QStringLiteral("[-_]"));
    const QStringList tokens = classAndId.toLower().split(whitespace, Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        for (const QString &fragment : fragments) {
            if (token.contains(fragment))
                return true;
        }
        const QStringList parts = token.split(wordSeparator, Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (words.contains(part))
                return true;
        }
    }
    return false;
}

} // namespace

FurnitureRules::FurnitureRules(bool headerAndFooter, bool classNames)
    : m_headerAndFooter(headerAndFooter)
    , m_classNames(classNames)
{ }

FurnitureRules FurnitureRules::standard()
{
    return FurnitureRules(true, true);
}

FurnitureRules FurnitureRules::ignoringClassNames()
{
    return FurnitureRules(true, false);
}

FurnitureRules FurnitureRules::keepingHeaderAndFooter()
{
    return FurnitureRules(false, true);
}

bool FurnitureRules::isFurniture(const GumboNode *node) const
{
    if (!isElement(node))
        return false;
    const GumboElement &element = node->v.element;
    if (element.tag_namespace == GUMBO_NAMESPACE_SVG || isFurnitureTag(element.tag))
        return true;
    if (m_headerAndFooter && (element.tag == GUMBO_TAG_HEADER || element.tag == GUMBO_TAG_FOOTER))
        return true;
    if (isHidden(node) || isFurnitureRole(attributeKeyword(node, "role")))
        return true;
    if (m_classNames) {
        const QString names = attribute(node, "class") + QLatin1Char(' ') + attribute(node, "id");
        if (names.size() > 1 && marksFurniture(names))
            return true;
    }
    return false;
}

bool FurnitureRules::isInsideFurniture(const GumboNode *node)
{
    const FurnitureRules rules = standard();
    for (const GumboNode *ancestor = node->parent; ancestor; ancestor = ancestor->parent) {
        if (isHtmlElement(ancestor, GUMBO_TAG_BODY) || isHtmlElement(ancestor, GUMBO_TAG_HTML))
            break;
        if (rules.isFurniture(ancestor))
            return true;
    }
    return false;
}

} // namespace annalist
