// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TextHighlighter.h"

#include "model/Entity.h"
#include "model/Mention.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace annalist {

// The mentions of one source as highlights: confirmed ones tint the background in
// their type's colour, candidates get a dotted underline, rejected ones are not
// drawn. Kept in text order so that a view's question about the lines it shows is a
// binary search, however many mentions the source has.
class MentionHighlighter final : public TextHighlighter
{
public:
    struct Entry
    {
        qint64 id = 0;
        qint64 entityId = 0;
        qint64 typeId = 0;
        int start = 0;
        int end = 0;
        Mention::Status status = Mention::Status::Candidate;
        QString reason; // Mention::reason
    };

    MentionHighlighter();

    // Entity types with their colours; a mention whose type is unknown is drawn in
    // the colour of "Other".
    void setTypes(const QList<EntityType> &types);
    // entityTypes maps an entity id to its type id.
    void setMentions(const QList<Mention> &mentions, const QHash<qint64, qint64> &entityTypes);
    // Replaces the mentions that start in [from, to) with those given (the ones that do
    // not start there are ignored): a cheap update of the part of the text on screen.
    void replaceRange(int from, int to, const QList<Mention> &mentions, const QHash<qint64, qint64> &entityTypes);
    void clear();

    // Colours by case-folded type name that replace the project's (a colour theme's);
    // types not named keep their project colour.
    void setThemeColors(const QHash<QString, QColor> &colors);

    // The colour tints are blended with, so that they stay readable on light and dark
    // backgrounds alike.
    void setBaseColor(const QColor &base);
    QColor baseColor() const { return m_base; }
    // Case-insensitive; hidden types are neither drawn nor found by mentionAt().
    void setTypeVisible(const QString &typeName, bool visible);
    bool isTypeVisible(const QString &typeName) const;

    QList<HighlightSpan> spans(int from, int to) const override;

    // The id of the shown mention covering the character at position (the innermost
    // when they nest), or 0.
    qint64 mentionAt(int position) const;
    // Null when there is no such mention.
    const Entry *entry(qint64 mentionId) const;
    // The first shown mention starting after position (or, going back, before it);
    // 0 when there is none.
    qint64 nextMention(int position, bool forward, bool candidatesOnly = false) const;
    // How many of the source's mentions, rejected ones aside, refer to the entity.
    int mentionCount(qint64 entityId) const;
    qsizetype size() const { return qsizetype(m_entries.size()); }
    // The length of the longest mention, so that a range update can reach back far enough.
    int longestMention() const { return m_longest; }
    const std::vector<Entry> &entries() const { return m_entries; }

    // The name and colours of a type (empty name for an unknown one).
    QString typeName(qint64 typeId) const;
    QColor typeColor(qint64 typeId) const;
    QColor confirmedColor(qint64 typeId) const;
    QColor candidateColor(qint64 typeId) const;

private:
    struct TypeStyle
    {
        QString name;
        QColor projectColor;
        QColor color;
        QColor tint;
        QColor underline;
        bool visible = true;
    };

    static Entry entryFor(const Mention &mention, const QHash<qint64, qint64> &entityTypes);
    void index();
    const TypeStyle &style(qint64 typeId) const;
    bool isShown(const Entry &entry) const;
    void restyle();

    std::vector<Entry> m_entries;
    // Largest end among entries [0, i], for the range search (see RangeHighlighter).
    std::vector<int> m_reach;
    QHash<qint64, qsizetype> m_indexOfId;
    QHash<qint64, TypeStyle> m_types;
    TypeStyle m_fallback;
    QSet<QString> m_hiddenTypes; // case-folded names
    QHash<QString, QColor> m_themeColors;
    QColor m_base;
    int m_longest = 0;
};

} // namespace annalist
