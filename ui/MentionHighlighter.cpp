// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MentionHighlighter.h"

#include <algorithm>

namespace annalist {

namespace {

QColor blend(const QColor &top, const QColor &bottom, qreal opacity)
{
    const auto mix = [opacity](float a, float b) {
        return b + (a - b) * float(opacity);
    };
    const QColor t = top.toRgb();
    const QColor b = bottom.toRgb();
    return QColor::fromRgbF(mix(t.redF(), b.redF()), mix(t.greenF(), b.greenF()), mix(t.blueF(), b.blueF()));
}

bool isDark(const QColor &color)
{
    return color.toHsl().lightness() < 128;
}

const QColor fallbackColor(0x7f, 0x7f, 0x7f);

} // namespace

MentionHighlighter::MentionHighlighter()
    : m_base(Qt::white)
{
    m_fallback.projectColor = fallbackColor;
    restyle();
}

void MentionHighlighter::setTypes(const QList<EntityType> &types)
{
    m_types.clear();
    for (const EntityType &type : types) {
        TypeStyle style;
        style.name = type.name;
        style.projectColor = type.color.isValid() ? type.color : fallbackColor;
        m_types.insert(type.id, style);
    }
    restyle();
}

MentionHighlighter::Entry MentionHighlighter::entryFor(const Mention &mention, const QHash<qint64, qint64> &entityTypes)
{
    return { mention.id,     mention.entityId, entityTypes.value(mention.entityId), mention.start, mention.end,
             mention.status, mention.reason };
}

void MentionHighlighter::setMentions(const QList<Mention> &mentions, const QHash<qint64, qint64> &entityTypes)
{
    m_entries.clear();
    m_entries.reserve(std::size_t(mentions.size()));
    for (const Mention &mention : mentions) {
        if (mention.end > mention.start)
            m_entries.push_back(entryFor(mention, entityTypes));
    }
    index();
}

void MentionHighlighter::replaceRange(int from, int to, const QList<Mention> &mentions,
                                      const QHash<qint64, qint64> &entityTypes)
{
    const auto startsBefore = [](const Entry &entry, int position) {
        return entry.start < position;
    };
    const auto first = std::lower_bound(m_entries.begin(), m_entries.end(), from, startsBefore);
    const auto last = std::lower_bound(first, m_entries.end(), to, startsBefore);
    std::vector<Entry> replacement;
    for (const Mention &mention : mentions) {
        if (mention.end > mention.start && mention.start >= from && mention.start < to)
            replacement.push_back(entryFor(mention, entityTypes));
    }
    const auto at = m_entries.erase(first, last);
    m_entries.insert(at, replacement.cbegin(), replacement.cend());
    index();
}

void MentionHighlighter::index()
{
    // The repository lists mentions in this order already; sorting sorted input is cheap.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    m_reach.resize(m_entries.size());
    m_indexOfId.clear();
    m_indexOfId.reserve(qsizetype(m_entries.size()));
    int reach = 0;
    m_longest = 0;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries[i];
        reach = std::max(reach, entry.end);
        m_reach[i] = reach;
        m_longest = std::max(m_longest, entry.end - entry.start);
        m_indexOfId.insert(entry.id, qsizetype(i));
    }
}

void MentionHighlighter::clear()
{
    m_entries.clear();
    m_reach.clear();
    m_indexOfId.clear();
    m_longest = 0;
}

void MentionHighlighter::setThemeColors(const QHash<QString, QColor> &colors)
{
    if (colors == m_themeColors)
        return;
    m_themeColors = colors;
    restyle();
}

void MentionHighlighter::setBaseColor(const QColor &base)
{
    if (base == m_base)
        return;
    m_base = base;
    restyle();
}

void MentionHighlighter::setTypeVisible(const QString &typeName, bool visible)
{
    const QString key = typeName.toCaseFolded();
    if (visible)
        m_hiddenTypes.remove(key);
    else
        m_hiddenTypes.insert(key);
    restyle();
}

bool MentionHighlighter::isTypeVisible(const QString &typeName) const
{
    return !m_hiddenTypes.contains(typeName.toCaseFolded());
}

void MentionHighlighter::restyle()
{
    const bool dark = isDark(m_base);
    const auto apply = [&](TypeStyle &style) {
        style.color = m_themeColors.value(style.name.toCaseFolded(), style.projectColor);
        // A stronger tint on dark backgrounds, where a faint one disappears; light text
        // stays readable on it either way.
        style.tint = blend(style.color, m_base, dark ? 0.42 : 0.26);
        style.underline = dark ? blend(style.color, Qt::white, 0.7) : style.color;
        style.visible = !m_hiddenTypes.contains(style.name.toCaseFolded());
    };
    for (TypeStyle &style : m_types)
        apply(style);
    // Unknown types borrow the look of "Other", if the project has it.
    m_fallback = TypeStyle {};
    m_fallback.projectColor = fallbackColor;
    for (const TypeStyle &style : std::as_const(m_types)) {
        if (style.name.compare(QStringView(BuiltInEntityType::Other), Qt::CaseInsensitive) == 0)
            m_fallback.projectColor = style.projectColor;
    }
    m_fallback.name = QString::fromUtf16(BuiltInEntityType::Other);
    apply(m_fallback);
    m_fallback.name.clear();
}

const MentionHighlighter::TypeStyle &MentionHighlighter::style(qint64 typeId) const
{
    const auto it = m_types.constFind(typeId);
    return it == m_types.cend() ? m_fallback : *it;
}

bool MentionHighlighter::isShown(const Entry &entry) const
{
    return entry.status != Mention::Status::Rejected && style(entry.typeId).visible;
}

QList<HighlightSpan> MentionHighlighter::spans(int from, int to) const
{
    QList<HighlightSpan> result;
    if (from >= to)
        return result;
    const auto first = std::size_t(std::upper_bound(m_reach.cbegin(), m_reach.cend(), from) - m_reach.cbegin());
    for (std::size_t i = first; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries[i];
        if (entry.start >= to)
            break;
        if (entry.end <= from || entry.status == Mention::Status::Rejected)
            continue;
        const TypeStyle &type = style(entry.typeId);
        if (!type.visible)
            continue;
        const bool confirmed = entry.status == Mention::Status::Confirmed;
        result.append({ entry.start, entry.end, confirmed ? type.tint : type.underline,
                        confirmed ? HighlightSpan::Solid : HighlightSpan::Dotted, entry.id });
    }
    return result;
}

qint64 MentionHighlighter::mentionAt(int position) const
{
    const Entry *best = nullptr;
    const auto first = std::size_t(std::upper_bound(m_reach.cbegin(), m_reach.cend(), position) - m_reach.cbegin());
    for (std::size_t i = first; i < m_entries.size() && m_entries[i].start <= position; ++i) {
        const Entry &entry = m_entries[i];
        if (entry.end <= position || !isShown(entry))
            continue;
        if (!best || entry.end - entry.start < best->end - best->start)
            best = &entry;
    }
    return best ? best->id : 0;
}

const MentionHighlighter::Entry *MentionHighlighter::entry(qint64 mentionId) const
{
    const auto it = m_indexOfId.constFind(mentionId);
    return it == m_indexOfId.cend() ? nullptr : &m_entries[std::size_t(*it)];
}

qint64 MentionHighlighter::nextMention(int position, bool forward, bool candidatesOnly) const
{
    const auto wanted = [&](const Entry &entry) {
        return isShown(entry) && (!candidatesOnly || entry.status == Mention::Status::Candidate);
    };
    if (forward) {
        auto it = std::upper_bound(m_entries.cbegin(), m_entries.cend(), position,
                                   [](int value, const Entry &entry) { return value < entry.start; });
        for (; it != m_entries.cend(); ++it) {
            if (wanted(*it))
                return it->id;
        }
        return 0;
    }
    auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), position,
                               [](const Entry &entry, int value) { return entry.start < value; });
    while (it != m_entries.cbegin()) {
        --it;
        if (wanted(*it))
            return it->id;
    }
    return 0;
}

int MentionHighlighter::mentionCount(qint64 entityId) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [entityId](const Entry &entry) {
        return entry.entityId == entityId && entry.status != Mention::Status::Rejected;
    }));
}

QString MentionHighlighter::typeName(qint64 typeId) const
{
    return style(typeId).name;
}

QColor MentionHighlighter::typeColor(qint64 typeId) const
{
    return style(typeId).color;
}

QColor MentionHighlighter::confirmedColor(qint64 typeId) const
{
    return style(typeId).tint;
}

QColor MentionHighlighter::candidateColor(qint64 typeId) const
{
    return style(typeId).underline;
}

} // namespace annalist
