// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AhoCorasickMatcher.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace annalist {

class EntityRepository;
struct Entity;
struct EntityType;

// One name the gazetteer knows, and what it stands for.
struct GazetteerEntry
{
    // Where the entry comes from; earlier origins win when several share a name.
    enum class Origin { Project, Title, Country, CountryAlias, Demonym, Subdivision, City };

    QString name;
    // "Person", "Organisation", "Place", "Title" or a type the analyst added.
    QString typeName;
    Origin origin = Origin::Project;
    // The project entity, for Origin::Project; 0 otherwise.
    qint64 entityId = 0;
    // ISO 3166-1 alpha-2 of the country (countries, aliases, demonyms, cities) or the
    // ISO 3166-2 code (subdivisions).
    QString code;
    // Subdivision type ("State", "Province") or, for a demonym, the country's name.
    QString detail;
    qint64 population = 0;
    // A project name also matches where the text writes it in lower case; off for the
    // analysis's own guesses, which only match as capitalised as bundled names.
    bool anyCase = true;
};

// A name found in a text: [start, end) in UTF-16 offsets, and the entries it may
// stand for, the likeliest first.
struct GazetteerMatch
{
    qsizetype start = 0;
    qsizetype end = 0;
    QList<int> entries;
};

// Finds known names in texts: the project's entities and aliases, countries and their
// subdivisions (ISO 3166), cities of 15000 people or more (GeoNames), demonyms and
// titles, with one AhoCorasickMatcher. Bundled places and titles are only proposed when
// the text writes them capitalised; names from the project match in any case.
class Gazetteer final
{
public:
    Gazetteer();

    // Countries, subdivisions, cities, country aliases, demonyms and titles.
    void addBundledLists();
    // Every entity of the project under its name and aliases.
    Status addProjectEntities(EntityRepository &entities);
    // Entities in `guesses` (made by the analysis, never confirmed) only match capitalised.
    void addEntities(const QList<Entity> &entities, const QList<EntityType> &types, const QSet<qint64> &guesses = {});
    // Adds `entry` under its name. Returns false after build().
    bool addEntry(const GazetteerEntry &entry);
    // Adds `entry` under another name (an alias).
    bool addEntry(const GazetteerEntry &entry, const QString &name);
    void build();
    bool isBuilt() const { return m_matcher.isBuilt(); }

    QList<GazetteerMatch> find(QStringView text) const;

    const GazetteerEntry &entry(int index) const { return m_entries.at(index); }
    int entryCount() const { return int(m_entries.size()); }
    // The distinct names matched, as added (first spelling of each).
    QStringList names() const { return m_names; }
    const AhoCorasickMatcher &matcher() const { return m_matcher; }

    // The bundled titles and offices ("Secretary of State", "President-elect").
    static QStringList titles();
    // Words that head organisation names ("Ministry", "Cabinet"), for name recognition.
    static QStringList organisationHeads();
    // Bundled place names not proposed because they are mostly ordinary words.
    static QSet<QString> placeStopList();

private:
    static QStringList readList(const QString &resource);
    bool acceptsPlaceName(const QString &name, qint64 population) const;

    AhoCorasickMatcher m_matcher;
    QList<GazetteerEntry> m_entries;
    // Entries by the normalised name they are matched under.
    QHash<QString, int> m_groupOfName;
    QList<QList<int>> m_groups;
    QStringList m_names;
    QSet<QString> m_stopList;
};

} // namespace annalist
