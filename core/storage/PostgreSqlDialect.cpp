// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PostgreSqlDialect.h"

#include "SchemaMigrations.h"
#include "SearchQuery.h"
#include "SqlErrors.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace annalist {

namespace {

// What SQLite's FTS5 tables are here (schema version 8): the words of each source and
// note, stored beside the row as the row changes, with a GIN index on them. The words
// are folded as FTS5's unicode61 folds them: lower case, without accents (the text search
// configuration annalist_text), and not stemmed. Ranking reads the stored words rather
// than taking every matching body apart again.
QStringList fullTextIndexes()
{
    QStringList statements = {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent"),
        QStringLiteral("CREATE TEXT SEARCH CONFIGURATION annalist_text (COPY = pg_catalog.simple)"),
        QStringLiteral("ALTER TEXT SEARCH CONFIGURATION annalist_text"
                       " ALTER MAPPING FOR word, hword, hword_part WITH unaccent, simple"),
        // Versions up to 7 indexed an expression, computed again by every search.
        QStringLiteral("DROP INDEX IF EXISTS source_text_index"),
        QStringLiteral("DROP INDEX IF EXISTS note_text_index"),
    };
    const QList<std::pair<QString, QString>> indexed = {
        { QStringLiteral("sources"), QStringLiteral("title || ' ' || body") },
        { QStringLiteral("notes"), QStringLiteral("body") },
    };
    for (const auto &[table, text] : indexed) {
        statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN text_vector tsvector"
                                         " GENERATED ALWAYS AS (to_tsvector('annalist_text'::regconfig, %2)) STORED")
                              .arg(table, text));
        statements.append(
            QStringLiteral("CREATE INDEX %1_text_index ON %2 USING GIN (text_vector)").arg(table.chopped(1), table));
    }
    return statements;
}

// Ranking reads the stored words of every matching source, about 6 KB each. In the
// sources table PostgreSQL moved them out to TOAST (four pieces and an index look-up a
// source: a word found in half of 10,000 sources took 60 ms to rank); kept in the row,
// they made every list of the sources read them too. So they get a table of their own,
// one row a source with its words in the row, kept up to date by a trigger that runs
// with the rights of the table's owner, so that whoever may write a source may index it.
QStringList sourceWordsTable()
{
    return {
        QStringLiteral("CREATE TABLE source_words (source_id BIGINT PRIMARY KEY REFERENCES sources(id)"
                       " ON DELETE CASCADE, text_vector tsvector NOT NULL)"),
        QStringLiteral("ALTER TABLE source_words ALTER COLUMN text_vector SET STORAGE MAIN"),
        QStringLiteral("ALTER TABLE source_words SET (toast_tuple_target = 8160)"),
        QStringLiteral("INSERT INTO source_words (source_id, text_vector) SELECT id, text_vector FROM sources"),
        QStringLiteral("DROP INDEX source_text_index"),
        QStringLiteral("ALTER TABLE sources DROP COLUMN text_vector"),
        QStringLiteral("CREATE INDEX source_words_index ON source_words USING GIN (text_vector)"),
        QStringLiteral("CREATE FUNCTION annalist_index_source() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                       " SET search_path = public, pg_temp AS $$ BEGIN"
                       " INSERT INTO source_words (source_id, text_vector)"
                       " VALUES (NEW.id, to_tsvector('annalist_text'::regconfig, NEW.title || ' ' || NEW.body))"
                       " ON CONFLICT (source_id) DO UPDATE SET text_vector = EXCLUDED.text_vector;"
                       " RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER sources_index AFTER INSERT OR UPDATE OF title, body ON sources"
                       " FOR EACH ROW EXECUTE FUNCTION annalist_index_source()"),
        // A team set up before this step: whoever reads the sources reads their words.
        QStringLiteral("DO $$ DECLARE reader record; BEGIN"
                       " FOR reader IN SELECT DISTINCT grantee FROM information_schema.role_table_grants"
                       " WHERE table_schema = 'public' AND table_name = 'sources' AND privilege_type = 'SELECT'"
                       " AND grantee <> current_user LOOP"
                       " EXECUTE format('GRANT SELECT ON source_words TO %I', reader.grantee);"
                       " END LOOP; END $$"),
    };
}

// Tables whose changes the other clients of a team project hear of (see ChangeNotifications).
const QStringList announcedTables = {
    QStringLiteral("sources"),        QStringLiteral("entity_types"), QStringLiteral("entities"),
    QStringLiteral("entity_aliases"), QStringLiteral("entity_roles"), QStringLiteral("mentions"),
    QStringLiteral("timexes"),        QStringLiteral("events"),       QStringLiteral("event_participants"),
    QStringLiteral("event_tags"),     QStringLiteral("evidence"),     QStringLiteral("chronology_annotations"),
    QStringLiteral("notes"),
};

// Every committed change announces the table it touched on the channel "annalist";
// PostgreSQL delivers the notices at commit and folds duplicates of one transaction.
QStringList changeAnnouncements()
{
    QStringList statements = {
        QStringLiteral("CREATE OR REPLACE FUNCTION annalist_announce_change() RETURNS trigger LANGUAGE plpgsql AS"
                       " $$ BEGIN PERFORM pg_notify('annalist', TG_TABLE_NAME); RETURN NULL; END $$"),
    };
    for (const QString &table : announcedTables)
        statements.append(QStringLiteral("CREATE OR REPLACE TRIGGER %1_announce AFTER INSERT OR UPDATE OR DELETE"
                                         " ON %1 FOR EACH STATEMENT EXECUTE FUNCTION annalist_announce_change()")
                              .arg(table));
    return statements;
}

// The server stamps every decision with the user who logged in (session_user) and the
// time, whatever the client sends; a proposed mention (status 0) is not a decision. Only a
// copy of a project, in its own transaction, writes the attribution its rows carry.
QStringList attributionTriggers()
{
    QStringList statements = {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION annalist_stamp_decision() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            " IF current_setting('annalist.keep_attribution', true) = 'on' THEN RETURN NEW; END IF;"
            " NEW.changed_by := session_user;"
            " NEW.changed_at := floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint;"
            " RETURN NEW; END $$"),
    };
    for (const QString &table : SqlDialect::attributedTables()) {
        const QString when
            = table == QLatin1StringView("mentions") ? QStringLiteral(" WHEN (NEW.status <> 0)") : QString();
        statements.append(QStringLiteral("CREATE OR REPLACE TRIGGER %1_stamp BEFORE INSERT OR UPDATE ON %1"
                                         " FOR EACH ROW%2 EXECUTE FUNCTION annalist_stamp_decision()")
                              .arg(table, when));
    }
    return statements;
}

bool isSqliteOnly(const QString &statement)
{
    // FTS5 tables and the triggers that keep them up to date: the GIN indexes of
    // fullTextIndexes() follow their tables by themselves.
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(CREATE VIRTUAL TABLE|CREATE TRIGGER|DROP TRIGGER|INSERT INTO \\w+_text_index\\b)"));
    return pattern.match(statement).hasMatch();
}

} // namespace

QString PostgreSqlDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

QStringList PostgreSqlDialect::schemaStatements(const QString &statement) const
{
    if (isSqliteOnly(statement))
        return {};
    static const QRegularExpression identity(QStringLiteral("\\bid INTEGER PRIMARY KEY( AUTOINCREMENT)?"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    static const QRegularExpression withoutRowid(QStringLiteral("\\s*WITHOUT ROWID"));
    QString translated = statement;
    // Ids are never reused, as AUTOINCREMENT promises; explicit ids (an undone removal,
    // a copied project) are still accepted.
    translated.replace(identity, QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    translated.replace(integer, QStringLiteral("BIGINT"));
    translated.replace(blob, QStringLiteral("BYTEA"));
    translated.replace(real, QStringLiteral("DOUBLE PRECISION")); // SQLite's REAL has 8 bytes
    translated.replace(withoutRowid, QString());
    return { translated };
}

QStringList PostgreSqlDialect::beforeStep(int version) const
{
    if (version != 1)
        return {};
    return {
        // SQLite's NOCASE: the migration steps and the repositories say COLLATE NOCASE.
        QStringLiteral("CREATE COLLATION IF NOT EXISTS nocase"
                       " (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"),
        QStringLiteral("CREATE TABLE %1 (application_id BIGINT NOT NULL, schema_version INTEGER NOT NULL)")
            .arg(QLatin1StringView(projectTable)),
        QStringLiteral("INSERT INTO %1 (application_id, schema_version) VALUES (%2, 0)")
            .arg(QLatin1StringView(projectTable))
            .arg(SchemaMigrations::applicationId),
    };
}

QStringList PostgreSqlDialect::afterStep(int version) const
{
    QStringList statements = changeAnnouncements();
    if (version == 8)
        statements.append(fullTextIndexes());
    if (version == 9)
        statements.append(sourceWordsTable());
    if (version >= 6)
        statements.append(attributionTriggers());
    statements.append(
        QStringLiteral("UPDATE %1 SET schema_version = %2").arg(QLatin1StringView(projectTable)).arg(version));
    return statements;
}

Result<QString> PostgreSqlDialect::schemaOwnerOtherThanMe(const QSqlDatabase &database) const
{
    // Members of the owning role act as the owner, and a superuser as anyone.
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT tableowner FROM pg_tables WHERE schemaname = 'public'"
                                   " AND tablename = '%1' AND NOT pg_has_role(current_user, tableowner, 'USAGE')")
                        .arg(QLatin1StringView(projectTable))))
        return sqlError(query, QStringLiteral("read who owns the project's tables"));
    return query.next() ? query.value(0).toString() : QString();
}

Result<int> PostgreSqlDialect::schemaVersion(const QSqlDatabase &database) const
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(QLatin1StringView(projectTable)))
        || !query.next())
        return sqlError(query, QStringLiteral("read the schema version"));
    if (!query.value(0).toBool())
        return 0;
    query.finish();
    if (!query.exec(QStringLiteral("SELECT schema_version FROM %1").arg(QLatin1StringView(projectTable)))
        || !query.next())
        return sqlError(query, QStringLiteral("read the schema version"));
    return query.value(0).toInt();
}

QString PostgreSqlDialect::beginWrite() const
{
    return QStringLiteral("BEGIN");
}

QString PostgreSqlDialect::returningId() const
{
    return QStringLiteral(" RETURNING id");
}

qint64 PostgreSqlDialect::lastInsertedId(QSqlQuery &query) const
{
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString PostgreSqlDialect::matchText(const SearchQuery &query) const
{
    return query.tsquery();
}

QString PostgreSqlDialect::rankSourcesSql() const
{
    return QStringLiteral("SELECT source_id, ts_rank(text_vector, q) FROM source_words,"
                          " to_tsquery('annalist_text', ?) AS q WHERE text_vector @@ q ORDER BY 2 DESC, 1 LIMIT ?");
}

QString PostgreSqlDialect::indexSourceSql() const
{
    return {};
}

QString PostgreSqlDialect::searchNotesSql(const QString &columns) const
{
    return QStringLiteral("SELECT ") + columns
        + QStringLiteral(" FROM notes, to_tsquery('annalist_text', ?) AS q WHERE text_vector @@ q"
                         " ORDER BY ts_rank(text_vector, q) DESC, id LIMIT ?");
}

bool PostgreSqlDialect::isSearchSyntaxError(const QString &reason) const
{
    // SearchQuery writes what to_tsquery reads; this is for anything it still refuses.
    return reason.contains(QStringLiteral("tsquery"));
}

Result<qint64> PostgreSqlDialect::idCounter(const QSqlDatabase &database, const QString &table) const
{
    QSqlQuery query(database);
    query.prepare(
        QStringLiteral("SELECT pg_get_serial_sequence(?, 'id'), (SELECT coalesce(max(id), 0) FROM %1)").arg(table));
    query.bindValue(0, table);
    if (!query.exec() || !query.next())
        return sqlError(query, QStringLiteral("read the id counter of %1").arg(table));
    const QString sequence = query.value(0).toString();
    qint64 used = query.value(1).toLongLong();
    query.finish();
    if (sequence.isEmpty())
        return used;
    if (!query.exec(QStringLiteral("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM ") + sequence)
        || !query.next())
        return sqlError(query, QStringLiteral("read the id counter of %1").arg(table));
    return std::max(used, query.value(0).toLongLong());
}

Status PostgreSqlDialect::setIdCounter(const QSqlDatabase &database, const QString &table, qint64 used) const
{
    if (used <= 0)
        return ok();
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), ?, true)"));
    query.bindValue(0, table);
    query.bindValue(1, used);
    if (!query.exec())
        return sqlError(query, QStringLiteral("set the id counter of %1").arg(table));
    return ok();
}

Status PostgreSqlDialect::afterBulkLoad(const QSqlDatabase &database) const
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("ANALYZE")))
        return sqlError(query, QStringLiteral("update the statistics of the project"));
    return ok();
}

qint64 PostgreSqlDialect::storedBytes(const QSqlDatabase &database, const QString &) const
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT pg_database_size(current_database())")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList PostgreSqlDialect::attributionStatements(const QString &) const
{
    return {}; // the schema's triggers stamp with the server's own user
}

QStringList PostgreSqlDialect::keepAttributionStatements() const
{
    return { QStringLiteral("SELECT set_config('annalist.keep_attribution', 'on', true)") };
}

} // namespace annalist
