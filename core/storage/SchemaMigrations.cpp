// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SchemaMigrations.h"

#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>
#include <span>

namespace annalist {

namespace {

// Columns that store a TimeValue under a prefix; see TimeValueColumns.
#define ANNALIST_TIME_COLUMNS(prefix)                                                                                  \
    prefix "_earliest INTEGER, " prefix "_latest INTEGER, " prefix "_granularity INTEGER NOT NULL DEFAULT 0, " prefix  \
           "_qualifier INTEGER NOT NULL DEFAULT 0, " prefix "_expression TEXT NOT NULL DEFAULT '', " prefix            \
           "_anchor TEXT NOT NULL DEFAULT ''"

// Tables whose rows an undo can bring back use AUTOINCREMENT, so that a new row never
// takes the id of a deleted one that a redo will restore.
constexpr const char *version1[] = {
    "CREATE TABLE sources ("
    " id INTEGER PRIMARY KEY,"
    " title TEXT NOT NULL DEFAULT '',"
    " outlet TEXT NOT NULL DEFAULT '',"
    " author TEXT NOT NULL DEFAULT '',"
    " url TEXT NOT NULL DEFAULT '',"
    " language TEXT NOT NULL DEFAULT '',"
    " " ANNALIST_TIME_COLUMNS(
        "published") ","
                     " reliability TEXT NOT NULL DEFAULT '' CHECK (reliability IN ('', 'A', 'B', 'C', 'D', 'E', 'F')),"
                     " media_type TEXT NOT NULL DEFAULT 'text/plain',"
                     " original_name TEXT NOT NULL DEFAULT '',"
                     " sha256 BLOB NOT NULL UNIQUE,"
                     " imported_at INTEGER NOT NULL,"
                     " notes TEXT NOT NULL DEFAULT '',"
                     " body_length INTEGER NOT NULL,"
                     // The body stays the last column so that lists never read its overflow pages.
                     " body TEXT NOT NULL)",

    // bytes is NULL when the original file is exactly the UTF-8 of the body, as plain
    // text files mostly are; storing it twice would only double the project's size.
    "CREATE TABLE source_files ("
    " source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,"
    " bytes BLOB)",

    "CREATE TABLE source_pages ("
    " source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    " page INTEGER NOT NULL,"
    " start_offset INTEGER NOT NULL,"
    " PRIMARY KEY (source_id, page)) WITHOUT ROWID",

    "CREATE VIRTUAL TABLE source_text_index USING fts5("
    " title, body, content='sources', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 2')",

    // New rows are indexed by SourceRepository::add itself, not by a trigger: a trigger
    // makes every insert a statement transaction, at which FTS5 flushes its buffers.
    "CREATE TRIGGER sources_index_delete AFTER DELETE ON sources BEGIN"
    " INSERT INTO source_text_index(source_text_index, rowid, title, body)"
    " VALUES ('delete', old.id, old.title, old.body);"
    " END",
    "CREATE TRIGGER sources_index_update AFTER UPDATE OF title ON sources BEGIN"
    " INSERT INTO source_text_index(source_text_index, rowid, title, body)"
    " VALUES ('delete', old.id, old.title, old.body);"
    " INSERT INTO source_text_index(rowid, title, body) VALUES (new.id, new.title, new.body);"
    " END",

    "CREATE TABLE entity_types ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " color TEXT NOT NULL,"
    " built_in INTEGER NOT NULL DEFAULT 0)",
    "INSERT INTO entity_types (name, color, built_in) VALUES"
    " ('Person', '#1f77b4', 1), ('Organisation', '#d62728', 1), ('Place', '#2ca02c', 1),"
    " ('Title', '#9467bd', 1), ('Other', '#7f7f7f', 1)",

    "CREATE TABLE entities ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " type_id INTEGER NOT NULL REFERENCES entity_types(id),"
    " canonical_name TEXT NOT NULL CHECK (canonical_name <> ''),"
    " notes TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER NOT NULL)",
    "CREATE INDEX entities_by_name ON entities (canonical_name COLLATE NOCASE)",

    "CREATE TABLE entity_aliases ("
    " entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    " alias TEXT NOT NULL CHECK (alias <> ''),"
    " PRIMARY KEY (entity_id, alias)) WITHOUT ROWID",
    "CREATE INDEX aliases_by_text ON entity_aliases (alias COLLATE NOCASE)",

    "CREATE TABLE entity_roles ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    " title TEXT NOT NULL,"
    " organisation TEXT NOT NULL DEFAULT '',"
    " " ANNALIST_TIME_COLUMNS("valid_from") ","
                                            " " ANNALIST_TIME_COLUMNS("valid_to") ")",
    "CREATE INDEX roles_by_entity ON entity_roles (entity_id)",

    "CREATE TABLE mentions ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    " source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    " start_offset INTEGER NOT NULL,"
    " end_offset INTEGER NOT NULL,"
    " origin INTEGER NOT NULL,"
    " status INTEGER NOT NULL,"
    " quote TEXT NOT NULL,"
    " context_before TEXT NOT NULL DEFAULT '',"
    " context_after TEXT NOT NULL DEFAULT '',"
    " CHECK (start_offset >= 0 AND end_offset > start_offset))",
    "CREATE INDEX mentions_by_source ON mentions (source_id, start_offset)",
    "CREATE INDEX mentions_by_entity ON mentions (entity_id)",

    "CREATE TABLE timexes ("
    " id INTEGER PRIMARY KEY,"
    " source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    " start_offset INTEGER NOT NULL,"
    " end_offset INTEGER NOT NULL,"
    " type INTEGER NOT NULL,"
    " value TEXT NOT NULL,"
    " " ANNALIST_TIME_COLUMNS("resolved") ","
                                          " origin INTEGER NOT NULL,"
                                          " status INTEGER NOT NULL,"
                                          " CHECK (start_offset >= 0 AND end_offset > start_offset))",
    "CREATE INDEX timexes_by_source ON timexes (source_id, start_offset)",

    "CREATE TABLE events ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " title TEXT NOT NULL,"
    " kind TEXT NOT NULL DEFAULT '',"
    " " ANNALIST_TIME_COLUMNS("time") ","
                                      " place_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,"
                                      " description TEXT NOT NULL DEFAULT '',"
                                      " assessment TEXT NOT NULL DEFAULT '',"
                                      " credibility INTEGER NOT NULL DEFAULT 0 CHECK (credibility BETWEEN 0 AND 6),"
                                      " lane TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX events_by_time ON events (time_earliest, time_latest)",

    "CREATE TABLE event_participants ("
    " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    " entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    " role TEXT NOT NULL DEFAULT '',"
    " position INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (event_id, entity_id, role)) WITHOUT ROWID",
    "CREATE INDEX participants_by_entity ON event_participants (entity_id)",

    "CREATE TABLE event_tags ("
    " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    " tag TEXT NOT NULL,"
    " PRIMARY KEY (event_id, tag)) WITHOUT ROWID",

    "CREATE TABLE evidence ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    " source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    " start_offset INTEGER NOT NULL,"
    " end_offset INTEGER NOT NULL,"
    " quote TEXT NOT NULL,"
    " stance INTEGER NOT NULL,"
    " " ANNALIST_TIME_COLUMNS("reported") ","
                                          " note TEXT NOT NULL DEFAULT '',"
                                          " CHECK (start_offset >= 0 AND end_offset > start_offset))",
    "CREATE INDEX evidence_by_event ON evidence (event_id)",
    "CREATE INDEX evidence_by_source ON evidence (source_id)",

    "CREATE TABLE chronology_annotations ("
    " id INTEGER PRIMARY KEY,"
    " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    " comment TEXT NOT NULL DEFAULT '',"
    " highlight TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER NOT NULL)",
    "CREATE INDEX annotations_by_event ON chronology_annotations (event_id)",

    "CREATE TABLE notes ("
    " id INTEGER PRIMARY KEY,"
    " subject INTEGER NOT NULL,"
    " subject_id INTEGER NOT NULL DEFAULT 0,"
    " body TEXT NOT NULL,"
    " created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL)",
    "CREATE INDEX notes_by_subject ON notes (subject, subject_id)",
};

// Version 2: analysts search their notes as they search the sources.
constexpr const char *version2[] = {
    "CREATE VIRTUAL TABLE note_text_index USING fts5("
    " body, content='notes', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER notes_index_insert AFTER INSERT ON notes BEGIN"
    " INSERT INTO note_text_index(rowid, body) VALUES (new.id, new.body);"
    " END",
    "CREATE TRIGGER notes_index_delete AFTER DELETE ON notes BEGIN"
    " INSERT INTO note_text_index(note_text_index, rowid, body) VALUES ('delete', old.id, old.body);"
    " END",
    "CREATE TRIGGER notes_index_update AFTER UPDATE OF body ON notes BEGIN"
    " INSERT INTO note_text_index(note_text_index, rowid, body) VALUES ('delete', old.id, old.body);"
    " INSERT INTO note_text_index(rowid, body) VALUES (new.id, new.body);"
    " END",
    "INSERT INTO note_text_index(note_text_index) VALUES ('rebuild')",
};

// Version 3: what the automatic analysis last saw of each source, so that it runs
// again only where the text or the project's names changed.
constexpr const char *version3[] = {
    "CREATE TABLE source_analysis ("
    " source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,"
    " fingerprint BLOB NOT NULL,"
    " analyzed_at INTEGER NOT NULL)",
};

// Version 4: chronology annotations and notes come back under their ids when the
// removal of an event is undone, so their ids are never reused either. SQLite cannot
// add AUTOINCREMENT to a table; both are copied into new ones, ids and all.
constexpr const char *version4[] = {
    "CREATE TABLE chronology_annotations_v4 ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    " comment TEXT NOT NULL DEFAULT '',"
    " highlight TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER NOT NULL)",
    "INSERT INTO chronology_annotations_v4 (id, event_id, comment, highlight, created_at)"
    " SELECT id, event_id, comment, highlight, created_at FROM chronology_annotations",
    "DROP TABLE chronology_annotations",
    "ALTER TABLE chronology_annotations_v4 RENAME TO chronology_annotations",
    "CREATE INDEX annotations_by_event ON chronology_annotations (event_id)",

    "CREATE TABLE notes_v4 ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " subject INTEGER NOT NULL,"
    " subject_id INTEGER NOT NULL DEFAULT 0,"
    " body TEXT NOT NULL,"
    " created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL)",
    "INSERT INTO notes_v4 (id, subject, subject_id, body, created_at, updated_at)"
    " SELECT id, subject, subject_id, body, created_at, updated_at FROM notes",
    // The index keeps its rows (the ids stay); only the triggers go with the old table.
    "DROP TRIGGER notes_index_insert",
    "DROP TRIGGER notes_index_delete",
    "DROP TRIGGER notes_index_update",
    "DROP TABLE notes",
    "ALTER TABLE notes_v4 RENAME TO notes",
    "CREATE INDEX notes_by_subject ON notes (subject, subject_id)",
    "CREATE TRIGGER notes_index_insert AFTER INSERT ON notes BEGIN"
    " INSERT INTO note_text_index(rowid, body) VALUES (new.id, new.body);"
    " END",
    "CREATE TRIGGER notes_index_delete AFTER DELETE ON notes BEGIN"
    " INSERT INTO note_text_index(note_text_index, rowid, body) VALUES ('delete', old.id, old.body);"
    " END",
    "CREATE TRIGGER notes_index_update AFTER UPDATE OF body ON notes BEGIN"
    " INSERT INTO note_text_index(note_text_index, rowid, body) VALUES ('delete', old.id, old.body);"
    " INSERT INTO note_text_index(rowid, body) VALUES (new.id, new.body);"
    " END",
};

// Version 5: where the nodes of a link chart stand, per chart ("network", "hierarchy"), so that a
// chart the analyst arranged stays arranged; `moved` marks a node placed by hand.
constexpr const char *version5[] = {
    "CREATE TABLE network_positions ("
    " chart TEXT NOT NULL,"
    " node TEXT NOT NULL,"
    " x REAL NOT NULL,"
    " y REAL NOT NULL,"
    " moved INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (chart, node)) WITHOUT ROWID",
};

// Version 6: who made each decision of the analysts, and when (milliseconds since the
// epoch, UTC). Written by the database itself, never by the repositories: each dialect's
// attribution statements (a trigger per table) fill them in.
#define ANNALIST_ATTRIBUTION(table)                                                                                    \
    "ALTER TABLE " table " ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",                                            \
        "ALTER TABLE " table " ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0"
constexpr const char *version6[] = {
    ANNALIST_ATTRIBUTION("sources"),
    ANNALIST_ATTRIBUTION("entities"),
    ANNALIST_ATTRIBUTION("entity_roles"),
    ANNALIST_ATTRIBUTION("mentions"),
    ANNALIST_ATTRIBUTION("events"),
    ANNALIST_ATTRIBUTION("evidence"),
    ANNALIST_ATTRIBUTION("chronology_annotations"),
    ANNALIST_ATTRIBUTION("notes"),
};
#undef ANNALIST_ATTRIBUTION

// Version 7: one mention per span and entity. Duplicates that older versions could write are
// merged first: the confirmed one stays, else the candidate, else the oldest.
constexpr const char *version7[] = {
    "DELETE FROM mentions WHERE EXISTS (SELECT 1 FROM mentions AS kept"
    " WHERE kept.source_id = mentions.source_id AND kept.entity_id = mentions.entity_id"
    " AND kept.start_offset = mentions.start_offset AND kept.end_offset = mentions.end_offset"
    " AND kept.id <> mentions.id"
    // Status ranks: confirmed (1) before candidate (0) before rejected (2).
    " AND ((CASE kept.status WHEN 1 THEN 0 WHEN 0 THEN 1 ELSE 2 END)"
    " < (CASE mentions.status WHEN 1 THEN 0 WHEN 0 THEN 1 ELSE 2 END)"
    " OR ((CASE kept.status WHEN 1 THEN 0 WHEN 0 THEN 1 ELSE 2 END)"
    " = (CASE mentions.status WHEN 1 THEN 0 WHEN 0 THEN 1 ELSE 2 END) AND kept.id < mentions.id)))",
    "CREATE UNIQUE INDEX mentions_one_per_span_and_entity ON mentions (source_id, start_offset, end_offset, entity_id)",
};

#undef ANNALIST_TIME_COLUMNS

// One step a line, so that a new step is a line of its own.
// clang-format off
const std::array<std::span<const char *const>, 10> steps = {
    std::span<const char *const>(version1),
    std::span<const char *const>(version2),
    std::span<const char *const>(version3),
    std::span<const char *const>(version4),
    std::span<const char *const>(version5),
    std::span<const char *const>(version6),
    std::span<const char *const>(version7),
    std::span<const char *const>(), // version 8: stored words for full-text search on a server (PostgreSqlDialect)
    std::span<const char *const>(), // version 9: a source's words in a table of their own (PostgreSqlDialect)
    std::span<const char *const>(), // version 10: what the library lists, in an index of a file's own (SqliteDialect)
};
// clang-format on

} // namespace

int SchemaMigrations::latestVersion()
{
    return static_cast<int>(steps.size());
}

Status SchemaMigrations::migrate(QSqlDatabase &database, int targetVersion)
{
    const SqlDialect &dialect = SqlDialect::of(database);
    const Result<int> current = dialect.schemaVersion(database);
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return StorageError { StorageError::Code::NewerVersion,
                              QStringLiteral("the project was written by a newer Annalist (schema version %1, "
                                             "this version reads up to %2)")
                                  .arg(*current)
                                  .arg(latestVersion()) };
    }

    if (*current > 0 && *current < targetVersion) {
        const Result<QString> owner = dialect.schemaOwnerOtherThanMe(database);
        if (!owner)
            return owner.error();
        if (!owner->isEmpty())
            return StorageError { StorageError::Code::Io,
                                  QStringLiteral("the project is in the format of an older Annalist (version %1) and "
                                                 "must first be upgraded to version %2, which only its owner, the "
                                                 "database user %3, may do: ask them to open it once with this "
                                                 "version of Annalist. Nothing was changed")
                                      .arg(*current)
                                      .arg(targetVersion)
                                      .arg(*owner) };
    }

    QSqlQuery query(database);
    for (int version = *current + 1; version <= targetVersion; ++version) {
        if (!database.transaction())
            return sqlError(database, QStringLiteral("start the schema upgrade"));
        QStringList statements = dialect.beforeStep(version);
        for (const char *statement : steps[version - 1])
            statements.append(dialect.schemaStatements(QString::fromUtf8(statement)));
        statements.append(dialect.afterStep(version));
        bool applied = true;
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                applied = false;
                break;
            }
        }
        if (!applied) {
            const StorageError error = sqlError(query, QStringLiteral("upgrade the schema to version %1").arg(version));
            query.finish();
            database.rollback();
            return error;
        }
        if (!database.commit())
            return sqlError(database, QStringLiteral("commit the schema upgrade to version %1").arg(version));
    }
    return ok();
}

} // namespace annalist
