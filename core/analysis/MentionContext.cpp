// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MentionContext.h"

#include <algorithm>

namespace annalist {

namespace {

// Moves a cut point off the middle of a surrogate pair, towards the span.
int contextStart(const QString &body, int from)
{
    if (from > 0 && from < body.size() && body.at(from).isLowSurrogate())
        ++from;
    return from;
}

int contextEnd(const QString &body, int to)
{
    if (to > 0 && to < body.size() && body.at(to).isLowSurrogate())
        --to;
    return to;
}

} // namespace

bool MentionContext::isValidSpan(const QString &body, int start, int end)
{
    return start >= 0 && start < end && end <= body.size();
}

bool MentionContext::fill(Mention &mention, const QString &body)
{
    if (!isValidSpan(body, mention.start, mention.end))
        return false;
    const int before = contextStart(body, std::max(0, mention.start - length));
    const int after = contextEnd(body, std::min(static_cast<int>(body.size()), mention.end + length));
    mention.quote = body.mid(mention.start, mention.end - mention.start);
    mention.contextBefore = body.mid(before, mention.start - before);
    mention.contextAfter = body.mid(mention.end, after - mention.end);
    return true;
}

} // namespace annalist
