// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Source.h"

#include <algorithm>

namespace annalist {

QString reliabilityGradeLetter(ReliabilityGrade grade)
{
    if (grade == ReliabilityGrade::Unrated)
        return {};
    return QString(QChar(u'A' + (static_cast<int>(grade) - static_cast<int>(ReliabilityGrade::A))));
}

ReliabilityGrade reliabilityGradeFromLetter(QStringView letter)
{
    if (letter.size() != 1)
        return ReliabilityGrade::Unrated;
    const char16_t c = QChar(letter.front()).toUpper().unicode();
    if (c < u'A' || c > u'F')
        return ReliabilityGrade::Unrated;
    return static_cast<ReliabilityGrade>(static_cast<int>(ReliabilityGrade::A) + (c - u'A'));
}

int Source::pageAt(int offset) const
{
    if (pageOffsets.isEmpty())
        return 0;
    const auto next = std::upper_bound(pageOffsets.cbegin(), pageOffsets.cend(), offset);
    return std::max<int>(1, static_cast<int>(next - pageOffsets.cbegin()));
}

} // namespace annalist
