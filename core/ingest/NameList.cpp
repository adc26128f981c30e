// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NameList.h"

namespace annalist {

void NameList::add(const QString &name)
{
    const QString simplified = name.simplified();
    if (!simplified.isEmpty() && !m_names.contains(simplified))
        m_names.append(simplified);
}

bool NameList::looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

} // namespace annalist
