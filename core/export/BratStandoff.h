// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace annalist {

// What Annalist's brat export and import share: the file name of a source, and
// offsets, which brat counts in Unicode code points and QString in UTF-16 units (they
// differ after any character outside the Basic Multilingual Plane, such as an emoji).
class BratStandoff final
{
public:
    // "audit-finds-payments-3f2a91c0": the first line of the text made a file name,
    // and the start of the SHA-256 of the text, so that the same text gets the same
    // name in any project.
    static QString baseName(const QString &text);
    // An entity type as a brat type (no spaces) and back.
    static QString bratType(const QString &typeName);
    static QString typeName(const QString &bratType);
    // The annotator's note that names the entity a span stands for.
    static constexpr auto noteType = "AnnotatorNotes";

    // Maps offsets of one text between UTF-16 units and code points.
    class Offsets
    {
    public:
        explicit Offsets(const QString &text);
        int toCodePoint(int utf16) const;
        // -1 when the code point offset lies beyond the text.
        int toUtf16(int codePoint) const;

    private:
        // UTF-16 offsets of the second half of each surrogate pair, ascending.
        QList<int> m_lowSurrogates;
        int m_length = 0;
    };
};

} // namespace annalist
