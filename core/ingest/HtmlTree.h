// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GumboForward.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace annalist {

// The parse tree of one HTML page, freed with the tree. Parsing follows the HTML
// standard, so any text makes a tree; scripts are never run.
class HtmlTree final
{
public:
    explicit HtmlTree(const QString &html);
    ~HtmlTree();
    HtmlTree(const HtmlTree &) = delete;
    HtmlTree &operator=(const HtmlTree &) = delete;

    // False only when the parser gave up, which it should never do.
    bool isValid() const;
    // The document node, parent of the <html> element; null unless isValid().
    const GumboNode *document() const;
    // The <html> element; null unless isValid().
    const GumboNode *root() const;

private:
    struct OutputDeleter
    {
        void operator()(GumboInternalOutput *output) const;
    };

    // The tree refers into the text it was parsed from.
    QByteArray m_utf8;
    std::unique_ptr<GumboInternalOutput, OutputDeleter> m_output;
};

} // namespace annalist
