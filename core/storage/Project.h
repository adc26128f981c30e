// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "storage/ProjectLocation.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace annalist {

class ChronologyAnnotationRepository;
class EntityRepository;
class EventRepository;
class EvidenceRepository;
class FullTextSearch;
class MentionRepository;
class NoteRepository;
class ProjectLock;
class SqlDialect;
class SourceRepository;
class TimexRepository;

// An open project with the repositories that read and write it: a file (one SQLite
// database in WAL mode, locked against other processes) or a database on a PostgreSQL
// server that a team shares (a location given as a postgresql:// URI). Every repository
// call that changes something is stored when it returns.
class Project final
{
public:
    static constexpr auto fileSuffix = "annalist";

    // Makes a new project file, failing if the path exists, or a new project in an
    // empty server database.
    static Result<std::unique_ptr<Project>> create(const QString &location);
    // Opens an existing project, upgrading an older schema; refuses newer, corrupt and
    // foreign files or databases without writing to them. A project whose file or folder
    // cannot be written is opened read-only instead (isReadOnly(), readOnlyReason()).
    static Result<std::unique_ptr<Project>> open(const QString &location);
    static Result<std::unique_ptr<Project>> create(const ProjectLocation &location);
    static Result<std::unique_ptr<Project>> open(const ProjectLocation &location);
    // Opens an existing project file to read only: takes no lock, so it works while another
    // process has the project open (SQLite's WAL lets readers in beside the writer),
    // and never writes to the file. A server project is opened as usual: the server
    // lets readers in beside writers.
    static Result<std::unique_ptr<Project>> openReadOnly(const QString &location);
    // A second connection to a project this process already holds open, for work on
    // another thread (each connection belongs to the thread that made it). It takes
    // no lock of its own and must be closed before the project that holds the lock.
    Result<std::unique_ptr<Project>> openWorkerConnection() const;

    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    // The file's path, or the server URI without its password.
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly || isOffline() || isDamaged(); }
    // Why the project is read-only, as a sentence ("P.annalist is read-only: …"); empty when writable.
    QString readOnlyReason() const
    {
        return isDamaged() ? m_damagedReason : (isOffline() ? m_offlineReason : m_readOnlyReason);
    }

    // A large file opens before it was checked for damage (IntegrityCheck::limitBeforeOpening);
    // its check is then left to whoever shows it.
    bool isCheckDeferred() const { return m_checkDeferred; }
    // Damage found after opening: read-only from then on, for the reason given, so that
    // nothing more is written to a damaged file.
    bool isDamaged() const { return !m_damagedReason.isEmpty(); }
    void setDamaged(const QString &reason) { m_damagedReason = reason; }

    // A server project whose connection was lost is read-only until it is connected again,
    // for the reason given (a sentence that says so and what happens next).
    bool isOffline() const { return !m_offlineReason.isEmpty(); }
    void setOffline(const QString &reason) { m_offlineReason = reason; }
    // Whether the server still answers on this connection (a file always does).
    Status checkConnection();
    // Connects to the server again after the connection was lost, with the same location and
    // password; statements prepared on the old connection are prepared anew. Ends the
    // offline state when it succeeds.
    Status reconnect();
    const ProjectLocation &location() const { return m_location; }
    bool isOnServer() const { return m_location.isServer(); }
    // Whom the project records as the maker of this connection's decisions: the server
    // user, or on a project file the login name of the computer account.
    QString userName() const;
    const SqlDialect &dialect() const;
    QSqlDatabase database() const { return m_database; }
    int schemaVersion() const;

    SourceRepository &sources() { return *m_sources; }
    EntityRepository &entities() { return *m_entities; }
    MentionRepository &mentions() { return *m_mentions; }
    TimexRepository &timexes() { return *m_timexes; }
    EventRepository &events() { return *m_events; }
    EvidenceRepository &evidence() { return *m_evidence; }
    ChronologyAnnotationRepository &annotations() { return *m_annotations; }
    NoteRepository &notes() { return *m_notes; }
    FullTextSearch &search() { return *m_search; }

private:
    enum class Mode { Create, Open, Worker, ReadOnly };
    explicit Project(const ProjectLocation &location);
    static Result<std::unique_ptr<Project>> load(const QString &path, Mode mode);
    static Result<std::unique_ptr<Project>> loadFromServer(const ProjectLocation &location, Mode mode);
    Status connect(Mode mode);
    Status connectToServer(Mode mode);
    void createRepositories();
    Status recordDecisionMakers();

    ProjectLocation m_location;
    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_offlineReason;
    QString m_damagedReason;
    bool m_checkDeferred = false;
    QSqlDatabase m_database;
    std::unique_ptr<ProjectLock> m_lock;
    std::unique_ptr<SourceRepository> m_sources;
    std::unique_ptr<EntityRepository> m_entities;
    std::unique_ptr<MentionRepository> m_mentions;
    std::unique_ptr<TimexRepository> m_timexes;
    std::unique_ptr<EventRepository> m_events;
    std::unique_ptr<EvidenceRepository> m_evidence;
    std::unique_ptr<ChronologyAnnotationRepository> m_annotations;
    std::unique_ptr<NoteRepository> m_notes;
    std::unique_ptr<FullTextSearch> m_search;
};

} // namespace annalist
