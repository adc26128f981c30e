// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConflictDetector.h"

#include "TimeOrdering.h"

#include "model/TimeValueText.h"

#include <QVarLengthArray>

namespace annalist {

namespace {

// How a passage's source is named to the analyst: its outlet, else its title.
QString sourceName(const EvidenceItem &item)
{
    const QString outlet = item.outlet.trimmed();
    if (!outlet.isEmpty())
        return outlet;
    if (!item.sourceTitle.isEmpty())
        return u'"' + item.sourceTitle + u'"';
    return QStringLiteral("source %1").arg(item.evidence.sourceId);
}

// A passage's words in quotation marks, cut at a word after about 48 characters.
QString quoted(const QString &quote)
{
    QString text = quote.simplified();
    constexpr int limit = 48;
    if (text.size() > limit) {
        const qsizetype space = text.lastIndexOf(u' ', limit);
        text = text.left(space > limit / 2 ? space : limit) + QStringLiteral("…");
    }
    return QStringLiteral("“%1”").arg(text);
}

// Two passages of one outlet are told apart by their sources' titles.
std::pair<QString, QString> pairNames(const EvidenceItem &first, const EvidenceItem &second)
{
    QString a = sourceName(first);
    QString b = sourceName(second);
    if (a == b && first.evidence.sourceId != second.evidence.sourceId && !first.outlet.trimmed().isEmpty()) {
        a += QStringLiteral(" (\"%1\")").arg(first.sourceTitle);
        b += QStringLiteral(" (\"%1\")").arg(second.sourceTitle);
    } else if (a == b && !first.evidence.quote.trimmed().isEmpty() && !second.evidence.quote.trimmed().isEmpty()) {
        // Two passages of one article: their words tell them apart.
        a = quoted(first.evidence.quote);
        b = quoted(second.evidence.quote) + QStringLiteral(" (both in %1)").arg(sourceName(second));
    } else if (a == b) {
        a += QStringLiteral(" in one passage");
        b += QStringLiteral(" in another");
    }
    return { a, b };
}

// "A", "A and B", "A, B and C".
QString listed(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + names.constLast();
}

QStringList namesOf(const QList<qint64> &ids, const QStringList &names)
{
    QStringList result;
    for (qsizetype i = 0; i < ids.size(); ++i)
        result << (i < names.size() && !names.at(i).isEmpty() ? names.at(i)
                                                              : QStringLiteral("entity %1").arg(ids.at(i)));
    return result;
}

// Claims are a handful of ids each: a nested loop beats building sets.
bool disjoint(const QList<qint64> &a, const QList<qint64> &b)
{
    for (qint64 id : b) {
        if (a.contains(id))
            return false;
    }
    return true;
}

Conflict conflict(Conflict::Kind kind, const EvidenceItem &first, const EvidenceItem *second, QString description)
{
    return Conflict { kind, first.evidence.id, second ? second->evidence.id : 0, std::move(description) };
}

} // namespace

int ConflictDetector::independentSources(const QList<EvidenceItem> &evidence)
{
    // A handful of passages per event: lists are cheaper than sets.
    QStringList outlets;
    QList<qint64> sourcesWithoutOutlet;
    for (const EvidenceItem &item : evidence) {
        if (item.evidence.stance != Evidence::Stance::Supports)
            continue;
        const QString outlet = item.outlet.trimmed();
        if (outlet.isEmpty()) {
            if (!sourcesWithoutOutlet.contains(item.evidence.sourceId))
                sourcesWithoutOutlet.append(item.evidence.sourceId);
        } else if (!outlets.contains(outlet, Qt::CaseInsensitive)) {
            outlets.append(outlet);
        }
    }
    return static_cast<int>(outlets.size() + sourcesWithoutOutlet.size());
}

QList<Conflict> ConflictDetector::find(const ChronologyEntry &entry)
{
    // Most entries have a few passages and no conflict: nothing is allocated for them.
    QVarLengthArray<const EvidenceItem *, 8> supporting;
    QVarLengthArray<const EvidenceItem *, 4> contradicting;
    for (const EvidenceItem &item : entry.evidence) {
        if (item.evidence.stance == Evidence::Stance::Supports)
            supporting.append(&item);
        else if (item.evidence.stance == Evidence::Stance::Contradicts)
            contradicting.append(&item);
    }

    QList<Conflict> conflicts;
    const auto eachPair = [&supporting](const auto &visit) {
        for (qsizetype i = 0; i < supporting.size(); ++i) {
            for (qsizetype j = i + 1; j < supporting.size(); ++j)
                visit(*supporting.at(i), *supporting.at(j));
        }
    };
    eachPair([&conflicts](const EvidenceItem &a, const EvidenceItem &b) {
        if (!a.claimedTime.isKnown() || !b.claimedTime.isKnown()
            || TimeOrdering::isOrderUncertain(a.claimedTime, b.claimedTime))
            return;
        const auto [nameA, nameB] = pairNames(a, b);
        conflicts << conflict(
            Conflict::Kind::Time, a, &b,
            QStringLiteral("%1 dates it %2; %3 %4")
                .arg(nameA, TimeValueText::describe(a.claimedTime), nameB, TimeValueText::describe(b.claimedTime)));
    });
    eachPair([&conflicts](const EvidenceItem &a, const EvidenceItem &b) {
        if (a.claimedPlaces.isEmpty() || b.claimedPlaces.isEmpty() || !disjoint(a.claimedPlaces, b.claimedPlaces))
            return;
        const auto [nameA, nameB] = pairNames(a, b);
        conflicts << conflict(Conflict::Kind::Place, a, &b,
                              QStringLiteral("%1 places it in %2; %3 in %4")
                                  .arg(nameA, listed(namesOf(a.claimedPlaces, a.claimedPlaceNames)), nameB,
                                       listed(namesOf(b.claimedPlaces, b.claimedPlaceNames))));
    });
    eachPair([&conflicts](const EvidenceItem &a, const EvidenceItem &b) {
        if (a.claimedPeople.isEmpty() || b.claimedPeople.isEmpty() || !disjoint(a.claimedPeople, b.claimedPeople))
            return;
        const auto [nameA, nameB] = pairNames(a, b);
        conflicts << conflict(Conflict::Kind::Participants, a, &b,
                              QStringLiteral("%1 names %2; %3 names %4")
                                  .arg(nameA, listed(namesOf(a.claimedPeople, a.claimedPeopleNames)), nameB,
                                       listed(namesOf(b.claimedPeople, b.claimedPeopleNames))));
    });

    const EvidenceItem *firstSupporting = supporting.isEmpty() ? nullptr : supporting.first();
    for (const EvidenceItem *item : contradicting) {
        if (firstSupporting) {
            const auto [against, supported] = pairNames(*item, *firstSupporting);
            conflicts << conflict(Conflict::Kind::Contradiction, *item, firstSupporting,
                                  QStringLiteral("%1 contradicts %2").arg(against, supported));
        } else {
            conflicts << conflict(
                Conflict::Kind::Contradiction, *item, nullptr,
                QStringLiteral("%1 contradicts it, and no passage supports it").arg(sourceName(*item)));
        }
    }
    return conflicts;
}

} // namespace annalist
