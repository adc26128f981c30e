// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace annalist {

// Which of a source's URLs an export may turn into a link: http, https and mailto
// only. Anything else (javascript:, data:, file:, a scheme nobody knows) stays text,
// so that a report never carries a link that runs or opens something on a click.
class LinkableUrl final
{
public:
    // The URL to link to, normalised and percent-encoded; empty when it must stay text.
    static QString target(const QString &url);
    static bool isLinkable(const QString &url) { return !target(url).isEmpty(); }
};

} // namespace annalist
