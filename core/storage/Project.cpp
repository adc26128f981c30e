// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Project.h"

#include "ChronologyAnnotationRepository.h"
#include "EntityRepository.h"
#include "EventRepository.h"
#include "EvidenceRepository.h"
#include "FullTextSearch.h"
#include "IntegrityCheck.h"
#include "MentionRepository.h"
#include "NoteRepository.h"
#include "ProjectFileHeader.h"
#include "ProjectLock.h"
#include "SchemaMigrations.h"
#include "ServerConnection.h"
#include "SourceRepository.h"
#include "SqlDialect.h"
#include "SqlErrors.h"
#include "TimexRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

#include <pwd.h>
#include <unistd.h>

namespace annalist {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("annalist-project-%1").arg(++counter);
}

StorageError headerError(const QString &path, const ProjectFileHeader &header)
{
    const QString name = QFileInfo(path).fileName();
    switch (header.kind) {
    case ProjectFileHeader::Kind::Missing:
        return { StorageError::Code::Io, QStringLiteral("%1: no such file").arg(path) };
    case ProjectFileHeader::Kind::Unreadable:
        return { StorageError::Code::Io, QStringLiteral("%1: cannot be read: %2").arg(path, header.reason) };
    case ProjectFileHeader::Kind::Empty:
        return { StorageError::Code::NotAProject,
                 QStringLiteral("%1 is not an Annalist project: the file is empty").arg(name) };
    case ProjectFileHeader::Kind::NotSqlite:
        return { StorageError::Code::NotAProject,
                 QStringLiteral("%1 is not an Annalist project: it is not a database file").arg(name) };
    case ProjectFileHeader::Kind::ForeignSqlite:
        return { StorageError::Code::NotAProject,
                 QStringLiteral("%1 is not an Annalist project: it is a database of another program").arg(name) };
    case ProjectFileHeader::Kind::Project:
        break;
    }
    return { StorageError::Code::Database, QStringLiteral("%1: unexpected header").arg(name) };
}

StorageError newerVersionError(const QString &name, int version, const QString &what = QStringLiteral("file"))
{
    return { StorageError::Code::NewerVersion,
             QStringLiteral("%1 was written by a newer version of Annalist (project format %2; this version "
                            "reads up to %3). Open it with a newer Annalist; the %4 was not changed.")
                 .arg(name)
                 .arg(version)
                 .arg(SchemaMigrations::latestVersion())
                 .arg(what) };
}

bool isWritable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// Why the project at an absolute path cannot be written, in words; empty when it can.
QString whyNotWritable(const QString &absolutePath)
{
    const QString folder = QFileInfo(absolutePath).absolutePath();
    if (!isWritable(folder))
        return QStringLiteral("its folder %1 is not writable").arg(folder);
    if (!isWritable(absolutePath))
        return QStringLiteral("the file is not writable");
    return {};
}

} // namespace

Project::Project(const ProjectLocation &location)
    : m_location(location)
    , m_path(location.displayName())
    , m_connectionName(nextConnectionName())
{
    // A server keeps its clients apart by itself; a file needs a lock.
    if (!location.isServer())
        m_lock = std::make_unique<ProjectLock>(location.path());
}

const SqlDialect &Project::dialect() const
{
    return m_location.isServer() ? SqlDialect::postgreSql() : SqlDialect::sqlite();
}

Project::~Project()
{
    m_search.reset();
    m_notes.reset();
    m_annotations.reset();
    m_evidence.reset();
    m_events.reset();
    m_timexes.reset();
    m_mentions.reset();
    m_entities.reset();
    m_sources.reset();
    if (m_database.isOpen()) {
        // Only the connection that holds the lock tidies the file when it closes.
        if (m_lock) {
            QSqlQuery query(m_database);
            query.exec(QStringLiteral("PRAGMA optimize"));
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            query.finish();
        }
        m_database.close();
    }
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Project>> Project::create(const QString &location)
{
    if (ProjectLocation::isServerUri(location)) {
        const Result<ProjectLocation> parsed = ProjectLocation::parse(location);
        if (!parsed)
            return parsed.error();
        return create(*parsed);
    }
    return load(location, Mode::Create);
}

Result<std::unique_ptr<Project>> Project::open(const QString &location)
{
    if (ProjectLocation::isServerUri(location)) {
        const Result<ProjectLocation> parsed = ProjectLocation::parse(location);
        if (!parsed)
            return parsed.error();
        return open(*parsed);
    }
    const QString absolutePath = QFileInfo(location).absoluteFilePath();
    if (QFileInfo::exists(absolutePath)) {
        if (const QString reason = whyNotWritable(absolutePath); !reason.isEmpty()) {
            auto project = load(location, Mode::ReadOnly);
            if (project)
                (*project)->m_readOnlyReason
                    = QStringLiteral("%1 is open read-only: %2").arg(QFileInfo(location).fileName(), reason);
            return project;
        }
    }
    return load(location, Mode::Open);
}

Result<std::unique_ptr<Project>> Project::create(const ProjectLocation &location)
{
    return location.isServer() ? loadFromServer(location, Mode::Create) : load(location.path(), Mode::Create);
}

Result<std::unique_ptr<Project>> Project::open(const ProjectLocation &location)
{
    return location.isServer() ? loadFromServer(location, Mode::Open) : open(location.path());
}

Result<std::unique_ptr<Project>> Project::openReadOnly(const QString &path)
{
    if (ProjectLocation::isServerUri(path))
        return open(path);
    // An older format is upgraded first, where the file can be written.
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const ProjectFileHeader header = ProjectFileHeader::read(absolutePath);
    if (header.kind == ProjectFileHeader::Kind::Project && header.userVersion < SchemaMigrations::latestVersion()
        && whyNotWritable(absolutePath).isEmpty())
        return open(path);
    auto project = load(path, Mode::ReadOnly);
    if (project)
        (*project)->m_readOnlyReason = QStringLiteral("%1 is open read-only").arg(QFileInfo(path).fileName());
    return project;
}

Result<std::unique_ptr<Project>> Project::openWorkerConnection() const
{
    std::unique_ptr<Project> worker(new Project(m_location));
    worker->m_lock.reset();
    worker->m_readOnly = m_readOnly;
    worker->m_readOnlyReason = m_readOnlyReason;
    if (Status connected = m_location.isServer() ? worker->connectToServer(Mode::Worker)
                                                 : worker->connect(m_readOnly ? Mode::ReadOnly : Mode::Worker);
        !connected)
        return connected.error();
    worker->createRepositories();
    return worker;
}

Result<std::unique_ptr<Project>> Project::load(const QString &path, Mode mode)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const ProjectFileHeader header = ProjectFileHeader::read(absolutePath);
    if (mode == Mode::Create) {
        if (header.kind != ProjectFileHeader::Kind::Missing)
            return StorageError { StorageError::Code::AlreadyExists, QStringLiteral("%1 already exists").arg(path) };
        if (!QFileInfo(QFileInfo(absolutePath).absolutePath()).isDir())
            return StorageError { StorageError::Code::Io, QStringLiteral("%1: the folder does not exist").arg(path) };
    } else {
        if (header.kind != ProjectFileHeader::Kind::Project)
            return headerError(path, header);
        if (header.userVersion > SchemaMigrations::latestVersion())
            return newerVersionError(QFileInfo(path).fileName(), header.userVersion);
    }

    ProjectLocation location;
    if (const Result<ProjectLocation> parsed = ProjectLocation::parse(absolutePath); parsed)
        location = *parsed;
    std::unique_ptr<Project> project(new Project(location));
    if (mode == Mode::ReadOnly) {
        // Readers need no lock: they never write, and WAL lets them read beside a writer.
        project->m_lock.reset();
        project->m_readOnly = true;
    } else if (const QString refusal = project->m_lock->acquire(); !refusal.isEmpty()) {
        return StorageError { StorageError::Code::AlreadyOpen,
                              QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), refusal) };
    }
    if (Status connected = project->connect(mode); !connected)
        return connected.error();
    project->createRepositories();
    return project;
}

Status Project::connect(Mode mode)
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_database.setDatabaseName(m_path);
    m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (mode == Mode::ReadOnly) {
        // In a folder nobody can write, SQLite cannot make the WAL index it needs even to
        // read; nobody can change the file there either, so it is read as immutable.
        const QFileInfo wal(m_path + QStringLiteral("-wal"));
        const bool folderWritable = isWritable(QFileInfo(m_path).absolutePath());
        if (!folderWritable && (!wal.exists() || wal.size() == 0)) {
            m_database.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded)
                                       + QStringLiteral("?immutable=1"));
            m_database.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            m_database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        }
    }
    if (!m_database.open())
        return sqlError(m_database, QStringLiteral("open %1").arg(m_path));

    QSqlQuery query(m_database);
    const QString name = QFileInfo(m_path).fileName();
    if (mode == Mode::Open || mode == Mode::ReadOnly) {
        // Read-only checks first: nothing is written to a file we are going to refuse.
        if (QFileInfo(m_path).size() <= IntegrityCheck::limitBeforeOpening()) {
            IntegrityCheck check;
            const Result<QString> damage = check.run(m_database);
            if (!damage && damage.error().code != StorageError::Code::Corrupt)
                return damage.error();
            if (!damage || !damage->isEmpty())
                return StorageError { StorageError::Code::Corrupt,
                                      IntegrityCheck::damageBeforeOpening(name,
                                                                          damage ? *damage : damage.error().message) };
        } else {
            m_checkDeferred = true;
        }
        query.finish();
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return sqlError(query, QStringLiteral("read the format of %1").arg(name));
        const int version = query.value(0).toInt();
        query.finish();
        if (version > SchemaMigrations::latestVersion())
            return newerVersionError(QFileInfo(m_path).fileName(), version);
    }

    if (mode == Mode::ReadOnly) {
        if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            return sqlError(query, QStringLiteral("prepare %1").arg(name));
        query.finish();
        if (schemaVersion() != SchemaMigrations::latestVersion())
            return StorageError { StorageError::Code::Io,
                                  QStringLiteral("%1 is in an older project format that must be upgraded, "
                                                 "which needs write access to it and its folder")
                                      .arg(name) };
        return ok();
    }
    if (mode == Mode::Worker) {
        // The holder of the lock has checked and upgraded the file already.
        for (const QString &pragma :
             { QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = NORMAL"),
               QStringLiteral("PRAGMA temp_store = MEMORY") }) {
            if (!query.exec(pragma))
                return sqlError(query, QStringLiteral("prepare %1").arg(name));
        }
        return recordDecisionMakers();
    }
    if (mode == Mode::Create) {
        // Marked before WAL mode is on, so the mark is in the main file's header at once
        // and a new project is never taken for another program's database.
        if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(SchemaMigrations::applicationId)))
            return sqlError(query, QStringLiteral("prepare %1").arg(name));
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // In WAL mode NORMAL loses nothing when the process dies; only a power cut
        // can take the last commits, never the consistency of the file.
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32000"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return sqlError(query, QStringLiteral("prepare %1").arg(name));
        query.finish();
    }
    const int versionBefore = schemaVersion();
    if (Status migrated = SchemaMigrations::migrate(m_database); !migrated)
        return migrated;
    // Put a new or upgraded schema into the main file, so that its header tells
    // other programs (and older Annalists) what the file is.
    if (versionBefore != SchemaMigrations::latestVersion())
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return recordDecisionMakers();
}

Status Project::recordDecisionMakers()
{
    QSqlQuery query(m_database);
    for (const QString &statement : dialect().attributionStatements(userName())) {
        if (!query.exec(statement))
            return sqlError(query, QStringLiteral("prepare %1 to record who changes what").arg(m_path));
    }
    return ok();
}

QString Project::userName() const
{
    if (isOnServer() && !m_location.user().isEmpty())
        return m_location.user();
    // libpq's default user (PGUSER, else the computer account's login name), and the name
    // a project file records.
    if (isOnServer() && qEnvironmentVariableIsSet("PGUSER"))
        return qEnvironmentVariable("PGUSER");
    if (const passwd *account = getpwuid(getuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return qEnvironmentVariable("USER");
}

Status Project::checkConnection()
{
    if (!isOnServer())
        return ok();
    QSqlQuery query(m_database);
    if (query.exec(QStringLiteral("SELECT 1")) && query.next())
        return ok();
    const QSqlError error = query.lastError();
    const QString text = (error.databaseText().isEmpty() ? error.driverText() : error.databaseText()).simplified();
    return StorageError {
        StorageError::Code::Io,
        text.isEmpty()
            ? QStringLiteral("the connection to the PostgreSQL server %1 was lost").arg(m_location.serverName())
            : QStringLiteral("the connection to the PostgreSQL server %1 was lost: %2")
                  .arg(m_location.serverName(), text)
    };
}

Status Project::reconnect()
{
    if (!isOnServer())
        return ok();
    // The repositories' prepared statements belong to the old connection.
    m_search.reset();
    m_notes.reset();
    m_annotations.reset();
    m_evidence.reset();
    m_events.reset();
    m_timexes.reset();
    m_mentions.reset();
    m_entities.reset();
    m_sources.reset();
    m_database.close();
    const Status opened = ServerConnection::open(m_database, m_location);
    createRepositories();
    if (!opened)
        return opened;
    m_offlineReason.clear();
    return ok();
}

void Project::createRepositories()
{
    m_sources = std::make_unique<SourceRepository>(m_database);
    m_entities = std::make_unique<EntityRepository>(m_database);
    m_mentions = std::make_unique<MentionRepository>(m_database);
    m_timexes = std::make_unique<TimexRepository>(m_database);
    m_events = std::make_unique<EventRepository>(m_database);
    m_evidence = std::make_unique<EvidenceRepository>(m_database);
    m_annotations = std::make_unique<ChronologyAnnotationRepository>(m_database);
    m_notes = std::make_unique<NoteRepository>(m_database);
    m_search = std::make_unique<FullTextSearch>(m_database);
}

int Project::schemaVersion() const
{
    const Result<int> version = dialect().schemaVersion(m_database);
    return version ? *version : 0;
}

} // namespace annalist

namespace annalist {

Result<std::unique_ptr<Project>> Project::loadFromServer(const ProjectLocation &location, Mode mode)
{
    std::unique_ptr<Project> project(new Project(location));
    if (Status connected = project->connectToServer(mode); !connected)
        return connected.error();
    project->createRepositories();
    return project;
}

Status Project::connectToServer(Mode mode)
{
    m_database = QSqlDatabase::addDatabase(SqlDialect::postgreSql().driverName(), m_connectionName);
    if (Status opened = ServerConnection::open(m_database, m_location); !opened)
        return opened;
    if (mode == Mode::Worker)
        return ok();

    const QString name = QStringLiteral("the database %1 on %2").arg(m_location.database(), m_location.serverName());
    const Result<int> version = dialect().schemaVersion(m_database);
    if (!version)
        return version.error();
    if (*version == 0) {
        const Result<int> tables = ServerConnection::tableCount(m_database);
        if (!tables)
            return tables.error();
        if (*tables > 0)
            return StorageError {
                StorageError::Code::NotAProject,
                QStringLiteral("%1 is not an Annalist project: it holds the tables of another application").arg(name)
            };
        if (mode == Mode::Open)
            return StorageError {
                StorageError::Code::NotAProject,
                QStringLiteral("%1 holds no Annalist project yet; make one with annalist-cli new %2").arg(name, m_path)
            };
    } else if (mode == Mode::Create) {
        return StorageError { StorageError::Code::AlreadyExists,
                              QStringLiteral("%1 already holds an Annalist project").arg(name) };
    }
    if (*version > SchemaMigrations::latestVersion())
        return newerVersionError(name, *version, QStringLiteral("database"));
    if (Status migrated = SchemaMigrations::migrate(m_database); !migrated)
        return migrated;
    // A reader of the team may open the project but the server refuses their writes:
    // said at once, instead of at the first edit.
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT has_table_privilege(current_user, 'mentions', 'UPDATE'), current_user"))
        || !query.next())
        return sqlError(query, QStringLiteral("read your rights in %1").arg(name));
    if (!query.value(0).toBool()) {
        m_readOnly = true;
        m_readOnlyReason = QStringLiteral("%1 is read-only for %2, a reader of the team (read, search, export)")
                               .arg(m_location.database(), query.value(1).toString());
    }
    return ok();
}

} // namespace annalist
