// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QuoteAnchor.h"

#include <QList>

namespace annalist {

namespace {

// One character as the comparison sees it: quote marks, apostrophes and dashes of any
// shape as one each, letters folded to lower case only where the copy might have been
// retyped.
char16_t folded(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'“':
    case u'”':
    case u'„':
    case u'‟':
    case u'«':
    case u'»':
    case u'″':
        return u'"';
    case u'\'':
    case u'‘':
    case u'’':
    case u'‚':
    case u'‛':
    case u'′':
    case u'`':
    case u'´':
        return u'\'';
    case u'-':
    case u'‐':
    case u'‑':
    case u'‒':
    case u'–':
    case u'—':
    case u'―':
    case u'−':
        return u'-';
    case 0x00A0: // no-break space
    case 0x202F:
    case 0x2007:
        return u' ';
    default:
        return c.unicode();
    }
}

bool isSpace(QChar c)
{
    return c.isSpace() || folded(c) == u' ';
}

// The text without white space, folded, with each kept character's position.
struct Squeezed
{
    QString text;
    QList<int> positions;
};

Squeezed squeeze(const QString &text)
{
    Squeezed squeezed;
    squeezed.text.reserve(text.size());
    squeezed.positions.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isSpace(c) || c.category() == QChar::Other_Format)
            continue;
        squeezed.text += QChar(folded(c));
        squeezed.positions.append(i);
    }
    return squeezed;
}

} // namespace

QString QuoteAnchor::comparable(const QString &text)
{
    return squeeze(text).text.toCaseFolded();
}

std::optional<std::pair<int, int>> QuoteAnchor::find(const QString &text, const QString &quote)
{
    // Exactly as written first: the common case, and the cheapest.
    if (quote.trimmed().isEmpty())
        return std::nullopt;
    const QString trimmed = quote.trimmed();
    if (const qsizetype at = text.indexOf(trimmed); at >= 0)
        return std::pair { int(at), int(at + trimmed.size()) };
    // Then without white space and with one shape of each mark: a passage matches
    // when the characters it has besides spaces match the quote's.
    const Squeezed haystack = squeeze(text);
    const Squeezed needle = squeeze(trimmed);
    if (needle.text.isEmpty())
        return std::nullopt;
    qsizetype at = haystack.text.indexOf(needle.text);
    if (at < 0) {
        // Retyped copies often differ in case too.
        at = haystack.text.indexOf(needle.text, 0, Qt::CaseInsensitive);
        if (at < 0)
            return std::nullopt;
    }
    const int start = haystack.positions.at(at);
    const int end = haystack.positions.at(at + needle.text.size() - 1) + 1;
    return std::pair { start, end };
}

} // namespace annalist
