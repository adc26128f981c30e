// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Helpers over gumbo's parse tree. Only the .cpp files of the HTML import include
// this header, so that gumbo stays out of every other header.

#include <QList>
#include <QString>

#include <gumbo.h>

namespace annalist {

bool isElement(const GumboNode *node);
bool isHtmlElement(const GumboNode *node, GumboTag tag);
// Text, whitespace and CDATA nodes, whose text nodeText() returns.
bool isTextNode(const GumboNode *node);
QString nodeText(const GumboNode *node);

// <meta>, <link>, <title>, <script>, <style> and <template>, whose content is never
// part of the page as the reader sees it.
bool holdsNoPageText(GumboTag tag);

bool hasChildren(const GumboNode *node);
const GumboVector &childrenOf(const GumboNode *node);
const GumboNode *childAt(const GumboVector &children, unsigned int index);

// Attribute value as text; names are lower case in gumbo's tree.
QString attribute(const GumboNode *node, const char *name);
// The value trimmed and lower-cased, for keywords such as role="Main ".
QString attributeKeyword(const GumboNode *node, const char *name);
bool hasAttribute(const GumboNode *node, const char *name);

// Text of an element and its descendants, whitespace collapsed; script and style
// content is never text.
QString textContent(const GumboNode *root);

// Visits node and its descendants in document order without recursion, so that
// absurdly deep markup cannot exhaust the stack. The visitor returns false to skip
// an element's subtree.
template<typename Visitor> void visitPreOrder(const GumboNode *root, Visitor &&visit)
{
    QList<const GumboNode *> stack { root };
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (!visit(node) || !hasChildren(node))
            continue;
        const GumboVector &children = childrenOf(node);
        for (unsigned int i = children.length; i > 0; --i)
            stack.append(childAt(children, i - 1));
    }
}

// Visits the HTML elements below document in document order, leaving out foreign
// content such as <svg> with all it holds. The visitor returns false to skip an
// element's subtree.
template<typename Visitor> void visitHtmlElements(const GumboNode *document, Visitor &&visit)
{
    visitPreOrder(document, [&visit](const GumboNode *node) {
        if (node->type == GUMBO_NODE_DOCUMENT)
            return true;
        if (!isElement(node) || node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
            return false;
        return visit(node);
    });
}

} // namespace annalist
