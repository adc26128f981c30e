// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Gazetteer.h"

#include "model/Entity.h"
#include "storage/EntityRepository.h"

#include <QFile>

#include <algorithm>

namespace annalist {

namespace {

const QString placeType()
{
    return QString::fromUtf16(BuiltInEntityType::Place);
}

// Lines of a bundled table, split at tabs, without comments and blank lines.
QList<QStringList> readTable(const QString &resource)
{
    QList<QStringList> rows;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("Gazetteer: cannot read %s", qPrintable(resource));
        return rows;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields;
        for (const QStringView field : line.split(u'\t'))
            fields << field.trimmed().toString();
        rows << fields;
    }
    return rows;
}

QString field(const QStringList &row, int index)
{
    return index < row.size() ? row.at(index) : QString();
}

} // namespace

Gazetteer::Gazetteer() = default;

QStringList Gazetteer::readList(const QString &resource)
{
    QStringList list;
    for (const QStringList &row : readTable(resource))
        list << row.first();
    return list;
}

QStringList Gazetteer::titles()
{
    return readList(QStringLiteral(":/analysis/gazetteer/titles.txt"));
}

QStringList Gazetteer::organisationHeads()
{
    return readList(QStringLiteral(":/analysis/gazetteer/organisation-heads.txt"));
}

QSet<QString> Gazetteer::placeStopList()
{
    QSet<QString> stopList;
    for (const QString &name : readList(QStringLiteral(":/analysis/gazetteer/place-stoplist.txt")))
        stopList.insert(AhoCorasickMatcher::normalised(name));
    return stopList;
}

bool Gazetteer::acceptsPlaceName(const QString &name, qint64 population) const
{
    const QString key = AhoCorasickMatcher::normalised(name);
    if (key.size() < 3 || m_stopList.contains(key))
        return false;
    // Short one-word names are often abbreviations or words of other languages; only
    // large places keep them.
    if (!key.contains(u' ') && key.size() <= 4)
        return population >= 500000;
    return true;
}

bool Gazetteer::addEntry(const GazetteerEntry &entry)
{
    return addEntry(entry, entry.name);
}

bool Gazetteer::addEntry(const GazetteerEntry &entry, const QString &name)
{
    if (m_matcher.isBuilt())
        return false;
    const QString key = AhoCorasickMatcher::normalised(name);
    if (key.isEmpty())
        return false;
    auto group = m_groupOfName.constFind(key);
    if (group == m_groupOfName.constEnd()) {
        group = m_groupOfName.insert(key, int(m_groups.size()));
        m_groups.append(QList<int>());
        m_names << name;
        m_matcher.add(key, quint32(*group));
    }
    // The same thing under two spellings of one name ("Marco Rubio", "marco rubio")
    // is listed once.
    for (const int index : std::as_const(m_groups[*group])) {
        const GazetteerEntry &existing = m_entries.at(index);
        if (existing.origin == entry.origin && existing.entityId == entry.entityId && existing.code == entry.code
            && existing.name == entry.name)
            return true;
    }
    m_groups[*group].append(int(m_entries.size()));
    m_entries.append(entry);
    return true;
}

void Gazetteer::addBundledLists()
{
    if (m_stopList.isEmpty())
        m_stopList = placeStopList();
    const QString prefix = QStringLiteral(":/analysis/gazetteer/");

    for (const QString &title : titles()) {
        GazetteerEntry entry;
        entry.name = title;
        entry.typeName = QString::fromUtf16(BuiltInEntityType::Title);
        entry.origin = GazetteerEntry::Origin::Title;
        addEntry(entry);
    }

    QHash<QString, QString> countryNames;
    for (const QStringList &row : readTable(prefix + QStringLiteral("countries.tsv"))) {
        GazetteerEntry entry;
        entry.code = field(row, 0);
        entry.name = field(row, 2).isEmpty() ? field(row, 1) : field(row, 2);
        entry.typeName = placeType();
        entry.origin = GazetteerEntry::Origin::Country;
        countryNames.insert(entry.code, entry.name);
        for (int column = 1; column <= 3; ++column) {
            if (!field(row, column).isEmpty())
                addEntry(entry, field(row, column));
        }
    }
    for (const QStringList &row : readTable(prefix + QStringLiteral("country-aliases.txt"))) {
        GazetteerEntry entry;
        entry.code = field(row, 1);
        entry.name = countryNames.value(entry.code, field(row, 0));
        entry.typeName = placeType();
        entry.origin = GazetteerEntry::Origin::CountryAlias;
        addEntry(entry, field(row, 0));
    }
    for (const QStringList &row : readTable(prefix + QStringLiteral("demonyms.txt"))) {
        GazetteerEntry entry;
        entry.name = field(row, 0);
        entry.code = field(row, 1);
        entry.detail = countryNames.value(entry.code);
        entry.typeName = placeType();
        entry.origin = GazetteerEntry::Origin::Demonym;
        addEntry(entry);
    }
    for (const QStringList &row : readTable(prefix + QStringLiteral("subdivisions.tsv"))) {
        GazetteerEntry entry;
        entry.code = field(row, 0);
        entry.name = field(row, 1);
        entry.detail = field(row, 2);
        entry.typeName = placeType();
        entry.origin = GazetteerEntry::Origin::Subdivision;
        if (acceptsPlaceName(entry.name, 0))
            addEntry(entry);
    }
    for (const QStringList &row : readTable(prefix + QStringLiteral("cities.tsv"))) {
        GazetteerEntry entry;
        entry.name = field(row, 0);
        entry.code = field(row, 2);
        entry.population = field(row, 3).toLongLong();
        entry.typeName = placeType();
        entry.origin = GazetteerEntry::Origin::City;
        QStringList names { entry.name };
        if (!field(row, 1).isEmpty())
            names << field(row, 1);
        // "Washington, D.C." is mostly just "Washington".
        const qsizetype comma = entry.name.indexOf(u',');
        if (comma > 0)
            names << entry.name.left(comma);
        for (const QString &name : std::as_const(names)) {
            if (acceptsPlaceName(name, entry.population))
                addEntry(entry, name);
        }
    }
}

void Gazetteer::addEntities(const QList<Entity> &entities, const QList<EntityType> &types, const QSet<qint64> &guesses)
{
    QHash<qint64, QString> typeNames;
    for (const EntityType &type : types)
        typeNames.insert(type.id, type.name);
    for (const Entity &entity : entities) {
        GazetteerEntry entry;
        entry.name = entity.canonicalName;
        entry.typeName = typeNames.value(entity.typeId);
        entry.origin = GazetteerEntry::Origin::Project;
        entry.entityId = entity.id;
        entry.anyCase = !guesses.contains(entity.id);
        addEntry(entry);
        for (const QString &alias : entity.aliases)
            addEntry(entry, alias);
    }
}

Status Gazetteer::addProjectEntities(EntityRepository &entities)
{
    const auto types = entities.types();
    if (!types)
        return types.error();
    const auto list = entities.list();
    if (!list)
        return list.error();
    addEntities(*list, *types);
    return ok();
}

void Gazetteer::build()
{
    for (QList<int> &group : m_groups) {
        std::stable_sort(group.begin(), group.end(), [this](int a, int b) {
            const GazetteerEntry &first = m_entries.at(a);
            const GazetteerEntry &second = m_entries.at(b);
            if (first.origin != second.origin)
                return first.origin < second.origin;
            return first.population > second.population;
        });
    }
    m_matcher.build();
}

QList<GazetteerMatch> Gazetteer::find(QStringView text) const
{
    QList<GazetteerMatch> matches;
    const QList<GazetteerHit> hits = m_matcher.find(text);
    matches.reserve(hits.size());
    for (const GazetteerHit &hit : hits) {
        const QList<int> &group = m_groups.at(int(hit.value));
        GazetteerMatch match { hit.start, hit.end, {} };
        if (text.at(hit.start).isUpper()) {
            match.entries = group;
        } else {
            for (const int index : group) {
                if (m_entries.at(index).origin == GazetteerEntry::Origin::Project && m_entries.at(index).anyCase)
                    match.entries.append(index);
            }
            if (match.entries.isEmpty())
                continue;
        }
        matches.append(std::move(match));
    }
    return matches;
}

} // namespace annalist
