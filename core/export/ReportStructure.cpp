// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportStructure.h"

#include "ExportContent.h"

#include <QHash>

#include <algorithm>

namespace annalist {

QList<ReportStructure::Group> ReportStructure::groups(const QList<ChronologyEntry> &entries)
{
    QList<Group> result;
    for (int i = 0; i < entries.size(); ++i) {
        const TimeValue &time = entries.at(i).event.time;
        QString title;
        // An open start stands at its end in the chronology, and in that year's group.
        if (!time.isKnown())
            title = QStringLiteral("Undated");
        else if (!time.earliest().isValid())
            title = QString::number(time.latest().toUTC().date().year());
        else
            title = QString::number(time.earliest().toUTC().date().year());
        if (result.isEmpty() || result.last().title != title)
            result.append(Group { title, i });
    }
    return result;
}

QList<qint64> ReportStructure::namedBy(const ChronologyEntry &entry)
{
    QList<qint64> ids;
    const auto add = [&ids](qint64 id) {
        if (id != 0 && !ids.contains(id))
            ids.append(id);
    };
    add(entry.event.placeEntityId);
    for (const EventParticipant &participant : entry.event.participants)
        add(participant.entityId);
    for (const EvidenceItem &item : entry.evidence) {
        for (qint64 id : item.claimedPlaces)
            add(id);
        for (qint64 id : item.claimedPeople)
            add(id);
    }
    return ids;
}

QList<ReportStructure::IndexLine> ReportStructure::index(const ExportContent &content)
{
    QHash<qint64, qsizetype> position;
    QList<IndexLine> lines;
    for (int i = 0; i < content.entries.size(); ++i) {
        for (qint64 id : namedBy(content.entries.at(i))) {
            auto it = position.find(id);
            if (it == position.end()) {
                const QString name = content.entityName(id);
                if (name.trimmed().isEmpty())
                    continue;
                it = position.insert(id, lines.size());
                lines.append(IndexLine { id, name.simplified(), content.entityType(id), {} });
            }
            lines[*it].entries.append(i + 1);
        }
    }
    std::sort(lines.begin(), lines.end(), [](const IndexLine &a, const IndexLine &b) {
        const int byName = QString::compare(a.name.toCaseFolded(), b.name.toCaseFolded());
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return lines;
}

QList<ReportStructure::StanceGroup> ReportStructure::byStance(const ChronologyEntry &entry)
{
    const std::pair<Evidence::Stance, QString> stances[]
        = { { Evidence::Stance::Supports, QStringLiteral("supported by") },
            { Evidence::Stance::Mentions, QStringLiteral("mentioned by") },
            { Evidence::Stance::Contradicts, QStringLiteral("contradicted by") } };
    QList<StanceGroup> groups;
    for (const auto &[stance, lead] : stances) {
        StanceGroup group { lead, {} };
        for (const EvidenceItem &item : entry.evidence) {
            if (item.evidence.stance != stance)
                continue;
            const auto same
                = std::find_if(group.citations.begin(), group.citations.end(), [&item](const Citation &citation) {
                      return citation.items.first()->evidence.sourceId == item.evidence.sourceId;
                  });
            if (same != group.citations.end())
                same->items.append(&item);
            else
                group.citations.append(Citation { citedName(item), { &item } });
        }
        if (!group.citations.isEmpty())
            groups.append(group);
    }
    if (!groups.isEmpty())
        groups.first().lead[0] = groups.first().lead.at(0).toUpper();
    return groups;
}

QString ReportStructure::citedName(const EvidenceItem &item)
{
    const QString outlet = item.outlet.trimmed();
    if (!outlet.isEmpty())
        return outlet;
    const QString title = item.sourceTitle.simplified();
    if (title.isEmpty())
        return QStringLiteral("an untitled source");
    // A headline stands in for the outlet in the text; the note has it whole.
    constexpr int longest = 48;
    if (title.size() <= longest)
        return title;
    QString cut = title.left(longest);
    if (const qsizetype space = cut.lastIndexOf(u' '); space > longest / 2)
        cut.truncate(space);
    return cut + QStringLiteral("…");
}

} // namespace annalist
