// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GumboNodes.h"

namespace annalist {

bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT;
}

bool isHtmlElement(const GumboNode *node, GumboTag tag)
{
    return isElement(node) && node->v.element.tag == tag && node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

bool isTextNode(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA;
}

QString nodeText(const GumboNode *node)
{
    return QString::fromUtf8(node->v.text.text);
}

bool holdsNoPageText(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
        return true;
    default:
        return false;
    }
}

bool hasChildren(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT || node->type == GUMBO_NODE_ELEMENT;
}

const GumboVector &childrenOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

const GumboNode *childAt(const GumboVector &children, unsigned int index)
{
    return static_cast<const GumboNode *>(children.data[index]);
}

QString attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

QString attributeKeyword(const GumboNode *node, const char *name)
{
    return attribute(node, name).trimmed().toLower();
}

bool hasAttribute(const GumboNode *node, const char *name)
{
    return isElement(node) && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

QString textContent(const GumboNode *root)
{
    QString text;
    visitPreOrder(root, [&text](const GumboNode *node) {
        if (isTextNode(node)) {
            text += nodeText(node);
            return false;
        }
        if (!isElement(node))
            return false;
        const GumboTag tag = node->v.element.tag;
        return tag != GUMBO_TAG_SCRIPT && tag != GUMBO_TAG_STYLE && tag != GUMBO_TAG_TEMPLATE
            && tag != GUMBO_TAG_NOSCRIPT;
    });
    return text.simplified();
}

} // namespace annalist
