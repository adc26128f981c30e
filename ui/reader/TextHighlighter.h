// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QList>
#include <QtGlobal>

namespace annalist {

// A run of characters to mark in a text view; offsets are QString indices, end exclusive.
struct HighlightSpan
{
    enum Style {
        Solid, // tinted background under the text (confirmed mentions)
        Dotted, // dotted underline (candidates, to accept or reject)
        Outline, // frame around the text (search hits)
        Margin, // bar in the left margin beside the lines, with a faint wash (compared passages)
    };

    int start = 0;
    int end = 0;
    QColor color;
    Style style = Solid;
    // Whatever the highlighter wants to find the span by again (a mention id, a hit index).
    qint64 id = 0;

    friend bool operator==(const HighlightSpan &, const HighlightSpan &) = default;
};

// Answers what to draw over a text view: the view asks only about the characters it
// shows, so a highlighter must answer a range query without visiting every span it
// holds. Mentions, search hits and compared passages are each one highlighter; others
// (a syntax highlighter for a raw view) plug in the same way.
class TextHighlighter
{
public:
    virtual ~TextHighlighter();

    // The spans that overlap [from, to), in any order.
    virtual QList<HighlightSpan> spans(int from, int to) const = 0;

protected:
    TextHighlighter() = default;
    Q_DISABLE_COPY_MOVE(TextHighlighter)
};

} // namespace annalist
