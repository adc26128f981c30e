// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GumboForward.h"

namespace annalist {

// What counts as page furniture rather than the story: navigation, forms, adverts,
// cookie and newsletter boxes, share buttons, hidden elements and the like.
class FurnitureRules final
{
public:
    // All rules: furniture elements and roles, hidden elements, header and footer,
    // and class or id names such as "cookie-banner" or "ad-slot".
    static FurnitureRules standard();
    // For the retry when a page wraps everything in, say, class="social-page".
    static FurnitureRules ignoringClassNames();
    // For looking inside a story, whose header is where its <time> lives.
    static FurnitureRules keepingHeaderAndFooter();

    bool isFurniture(const GumboNode *node) const;
    // Whether an ancestor of node below <body> is furniture by the standard rules,
    // as for a teaser <article> inside a "related stories" box.
    static bool isInsideFurniture(const GumboNode *node);

private:
    FurnitureRules(bool headerAndFooter, bool classNames);

    bool m_headerAndFooter;
    bool m_classNames;
};

} // namespace annalist
