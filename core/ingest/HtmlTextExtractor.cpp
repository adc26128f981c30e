// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HtmlTextExtractor.h"

#include "FurnitureRules.h"
#include "GumboNodes.h"
#include "HtmlTree.h"
#include "ParagraphBuilder.h"

#include <utility>

namespace annalist {

namespace {

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

// What the start (step 1) or the end (step -1) of an element means for the text.
void crossElementBoundary(ParagraphBuilder &paragraphs, const GumboNode *element, int step)
{
    const GumboTag tag = element->v.element.tag;
    if (isBlockTag(tag))
        paragraphs.endParagraph();
    if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD)
        paragraphs.changeListItemDepth(step);
    else if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA)
        paragraphs.changePreformattedDepth(step);
    else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
        paragraphs.append(QStringLiteral(" "));
}

QString paragraphsOf(const GumboNode *root, const FurnitureRules &rules)
{
    ParagraphBuilder paragraphs;
    // Each entry is a node and whether its children have already been pushed.
    QList<std::pair<const GumboNode *, bool>> stack { { root, false } };
    while (!stack.isEmpty()) {
        const auto [node, expanded] = stack.takeLast();
        if (expanded) {
            crossElementBoundary(paragraphs, node, -1);
        } else if (isTextNode(node)) {
            paragraphs.append(nodeText(node));
        } else if (isElement(node) && (node == root || !rules.isFurniture(node))) {
            crossElementBoundary(paragraphs, node, 1);
            stack.append({ node, true });
            const GumboVector &children = childrenOf(node);
            for (unsigned int i = children.length; i > 0; --i)
                stack.append({ childAt(children, i - 1), false });
        }
        // Comments, templates and furniture add nothing.
    }
    return paragraphs.finish();
}

struct StoryCandidates
{
    const GumboNode *body = nullptr;
    const GumboNode *main = nullptr;
    const GumboNode *roleMain = nullptr;
    QList<const GumboNode *> articles;
};

StoryCandidates findCandidates(const GumboNode *document)
{
    StoryCandidates found;
    visitHtmlElements(document, [&found](const GumboNode *node) {
        const GumboTag tag = node->v.element.tag;
        if (holdsNoPageText(tag))
            return false;
        switch (tag) {
        case GUMBO_TAG_H1:
            return true; // a heading is no story container, whatever its role
        case GUMBO_TAG_BODY:
            if (!found.body)
                found.body = node;
            break;
        case GUMBO_TAG_MAIN:
            if (!found.main)
                found.main = node;
            break;
        case GUMBO_TAG_ARTICLE:
            found.articles.append(node);
            break;
        default:
            break;
        }
        if (!found.roleMain && attributeKeyword(node, "role") == QLatin1String("main"))
            found.roleMain = node;
        return true;
    });
    return found;
}

} // namespace

QString HtmlTextExtractor::textOf(const GumboNode *element)
{
    QString text = paragraphsOf(element, FurnitureRules::standard());
    if (text.isEmpty()) {
        // Some sites put a furniture-sounding class on a wrapper around everything.
        text = paragraphsOf(element, FurnitureRules::ignoringClassNames());
    }
    return text;
}

HtmlTextExtractor::Story HtmlTextExtractor::story(const HtmlTree &tree)
{
    Story story;
    if (!tree.isValid())
        return story;
    const StoryCandidates candidates = findCandidates(tree.document());
    for (const GumboNode *article : candidates.articles) {
        if (FurnitureRules::isInsideFurniture(article))
            continue;
        QString text = textOf(article);
        if (text.size() > story.text.size()) {
            story.text = std::move(text);
            story.container = article;
        }
    }
    for (const GumboNode *fallback : { candidates.main, candidates.roleMain, candidates.body }) {
        if (!story.text.isEmpty())
            break;
        if (fallback) {
            story.text = textOf(fallback);
            story.container = fallback;
        }
    }
    if (story.text.isEmpty())
        story.container = nullptr;
    story.isWholeBody = story.container && story.container == candidates.body;
    return story;
}

} // namespace annalist
