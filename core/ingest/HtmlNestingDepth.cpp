// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HtmlNestingDepth.h"

#include <QLatin1StringView>

#include <algorithm>
#include <array>

namespace annalist {

namespace {

bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u':' || c == u'_';
}

// Elements that never nest: void elements, and those whose end tag may be left out
// (the parser closes them itself when the next one starts).
bool isFlat(const QString &name)
{
    static constexpr std::array<QLatin1StringView, 33> names
        = { QLatin1StringView("area"),     QLatin1StringView("base"),    QLatin1StringView("br"),
            QLatin1StringView("col"),      QLatin1StringView("embed"),   QLatin1StringView("hr"),
            QLatin1StringView("img"),      QLatin1StringView("input"),   QLatin1StringView("link"),
            QLatin1StringView("meta"),     QLatin1StringView("param"),   QLatin1StringView("source"),
            QLatin1StringView("track"),    QLatin1StringView("wbr"),     QLatin1StringView("keygen"),
            QLatin1StringView("basefont"), QLatin1StringView("bgsound"), QLatin1StringView("frame"),
            QLatin1StringView("p"),        QLatin1StringView("li"),      QLatin1StringView("dt"),
            QLatin1StringView("dd"),       QLatin1StringView("option"),  QLatin1StringView("optgroup"),
            QLatin1StringView("tr"),       QLatin1StringView("td"),      QLatin1StringView("th"),
            QLatin1StringView("thead"),    QLatin1StringView("tbody"),   QLatin1StringView("tfoot"),
            QLatin1StringView("rb"),       QLatin1StringView("rt"),      QLatin1StringView("rp") };
    return std::any_of(names.cbegin(), names.cend(), [&name](QLatin1StringView flat) { return name == flat; });
}

bool holdsRawText(const QString &name)
{
    return name == QLatin1StringView("script") || name == QLatin1StringView("style")
        || name == QLatin1StringView("textarea") || name == QLatin1StringView("title")
        || name == QLatin1StringView("xmp") || name == QLatin1StringView("plaintext");
}

} // namespace

int HtmlNestingDepth::measure(const QString &html, int stopAt)
{
    const qsizetype size = html.size();
    int depth = 0;
    int deepest = 0;
    qsizetype at = 0;
    QString name;
    while (at < size) {
        const qsizetype open = html.indexOf(u'<', at);
        if (open < 0 || open + 1 >= size)
            break;
        at = open + 1;
        const QChar next = html.at(at);
        if (next == u'!') {
            // A comment runs to "-->", a doctype or CDATA section to the next '>'.
            const bool comment = html.mid(at, 3) == QLatin1StringView("!--");
            const qsizetype end = comment ? html.indexOf(QLatin1StringView("-->"), at + 3) : html.indexOf(u'>', at);
            if (end < 0)
                break;
            at = end + 1;
            continue;
        }
        const bool closing = next == u'/';
        qsizetype nameStart = closing ? at + 1 : at;
        if (nameStart >= size || !html.at(nameStart).isLetter())
            continue; // a '<' in text
        qsizetype nameEnd = nameStart;
        while (nameEnd < size && isNameCharacter(html.at(nameEnd)))
            ++nameEnd;
        name = html.mid(nameStart, nameEnd - nameStart).toLower();
        // The tag runs to the next '>' outside quotes.
        qsizetype end = nameEnd;
        QChar quote;
        while (end < size) {
            const QChar c = html.at(end);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
            ++end;
        }
        if (end >= size)
            break;
        const bool selfClosing = html.at(end - 1) == u'/';
        at = end + 1;
        if (closing) {
            if (!isFlat(name))
                depth = std::max(0, depth - 1);
            continue;
        }
        if (holdsRawText(name)) {
            // Its text is not markup: skip to its end tag.
            const qsizetype close = html.indexOf(QStringLiteral("</") + name, at, Qt::CaseInsensitive);
            if (close < 0)
                break;
            at = close;
            continue;
        }
        if (selfClosing || isFlat(name))
            continue;
        deepest = std::max(deepest, ++depth);
        if (deepest >= stopAt)
            break;
    }
    return deepest;
}

} // namespace annalist
