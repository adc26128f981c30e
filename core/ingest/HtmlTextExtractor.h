// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GumboForward.h"

#include <QString>

namespace annalist {

class HtmlTree;

// Finds the story on a page and turns it into paragraphs, leaving out navigation,
// adverts and other page furniture.
class HtmlTextExtractor final
{
public:
    struct Story
    {
        // Empty when the page has no readable text.
        QString text;
        // The element the text comes from; null when text is empty.
        const GumboNode *container = nullptr;
        // True when no <article>, <main> or role=main element held text, so that the
        // whole <body>, masthead and all, was read.
        bool isWholeBody = false;
    };

    // The story is the longest <article> that is not itself a teaser inside a
    // "related" box, else <main>, else the first role=main element, else <body>.
    static Story story(const HtmlTree &tree);

    // The paragraphs of element and its descendants, without furniture; element
    // itself is kept even if it looks like furniture (<body class="cookie-shown">).
    static QString textOf(const GumboNode *element);
};

} // namespace annalist
