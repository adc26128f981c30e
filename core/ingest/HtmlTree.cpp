// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HtmlTree.h"

#include "GumboNodes.h"

namespace annalist {

void HtmlTree::OutputDeleter::operator()(GumboInternalOutput *output) const
{
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

HtmlTree::HtmlTree(const QString &html)
    : m_utf8(html.toUtf8())
{
    GumboOptions options = kGumboDefaultOptions;
    // Parse errors are of no use here; recording them costs time on messy pages.
    options.max_errors = 0;
    m_output.reset(gumbo_parse_with_options(&options, m_utf8.constData(), static_cast<size_t>(m_utf8.size())));
}

HtmlTree::~HtmlTree() = default;

bool HtmlTree::isValid() const
{
    return m_output && m_output->document;
}

const GumboNode *HtmlTree::document() const
{
    return m_output ? m_output->document : nullptr;
}

const GumboNode *HtmlTree::root() const
{
    return m_output ? m_output->root : nullptr;
}

} // namespace annalist
