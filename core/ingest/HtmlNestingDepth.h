// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace annalist {

// How deeply the elements of an HTML page nest, measured in one pass over the text
// without parsing it: the HTML parser's time grows with the square of the depth, so
// absurdly deep pages are refused before they reach it. Start tags count one level
// and end tags close one; void elements (<br>, <img> …), self-closing tags, elements
// whose end tag the standard lets pages leave out (<p>, <li>, <td> …), comments and
// the text of <script>, <style>, <textarea> and <title> do not count.
class HtmlNestingDepth final
{
public:
    // No real page comes near this; pages deeper than it are refused.
    static constexpr int limit = 5000;

    // The deepest nesting found; stops counting once `stopAt` is passed.
    static int measure(const QString &html, int stopAt = limit + 1);
};

} // namespace annalist
