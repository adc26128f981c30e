// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A project file in a temporary directory with helpers to fill it, shared by the
// editing and model tests; in the PostgreSQL run of a test (TestServer), a project in a
// new database of the test server instead. Header only: the support library's sources
// are listed by name.

#include "analysis/MentionContext.h"
#include "common/Result.h"
#include "model/Entity.h"
#include "model/Event.h"
#include "model/Mention.h"
#include "model/Source.h"
#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/ProjectCopy.h"
#include "storage/ProjectLocation.h"
#include "storage/SourceRepository.h"

#include "TestServer.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace annalist::test {

template<typename T> QByteArray failure(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

// Evaluates the expression once and shows the storage error when it failed.
#define ANNALIST_VERIFY_OK(expression)                                                                                 \
    do {                                                                                                               \
        const auto &checked = (expression);                                                                            \
        QVERIFY2(checked, ::annalist::test::failure(checked).constData());                                             \
    } while (false)

class ProjectFixture
{
public:
    // Makes a fresh project; false (with a warning) when that fails.
    bool create()
    {
        close();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        m_path = m_dir->filePath(QStringLiteral("fixture.annalist"));
        if (TestServer::backendIsPostgreSql()) {
            m_database = TestServer::createDatabase();
            if (m_database.isEmpty())
                return false;
            m_path = TestServer::adminUri(m_database);
        }
        auto project = Project::create(m_path);
        if (!project) {
            qWarning("could not create the project: %s", qPrintable(project.error().message));
            return false;
        }
        m_project = std::move(*project);
        return true;
    }

    // Closes and opens the file again, as a later session would.
    bool reopen()
    {
        m_project.reset();
        auto project = Project::open(m_path);
        if (!project) {
            qWarning("could not reopen the project: %s", qPrintable(project.error().message));
            return false;
        }
        m_project = std::move(*project);
        return true;
    }

    // A copy of the project as it stands, which a command or another Project can open
    // while the fixture holds its own: a file beside the fixture's, or a new database on
    // the test server. Empty (with a warning) when that fails.
    QString copy(const QString &name)
    {
        QString target = m_dir->filePath(name + QStringLiteral(".annalist"));
        if (TestServer::backendIsPostgreSql()) {
            const QString database = TestServer::createDatabase();
            if (database.isEmpty())
                return {};
            m_copies.append(database);
            target = TestServer::adminUri(database);
        }
        const Result<ProjectLocation> location = ProjectLocation::parse(target);
        const Result<ProjectCopy::Counts> copied
            = location ? ProjectCopy::copyTo(*m_project, *location) : Result<ProjectCopy::Counts>(location.error());
        if (!copied) {
            qWarning("could not copy the project: %s", qPrintable(copied.error().message));
            return {};
        }
        return target;
    }

    void close()
    {
        m_project.reset();
        m_dir.reset();
        if (!m_database.isEmpty())
            TestServer::dropDatabase(m_database);
        m_database.clear();
        for (const QString &database : std::as_const(m_copies))
            TestServer::dropDatabase(database);
        m_copies.clear();
    }

    ~ProjectFixture() { close(); }
    ProjectFixture() = default;
    ProjectFixture(const ProjectFixture &) = delete;
    ProjectFixture &operator=(const ProjectFixture &) = delete;

    Project &project() { return *m_project; }
    Project *get() { return m_project.get(); }
    Project *operator->() { return m_project.get(); }
    QString path() const { return m_path; }

    qint64 typeId(const QString &name)
    {
        const Result<EntityType> type = m_project->entities().findType(name);
        return type ? type->id : 0;
    }

    qint64 addSource(const QString &title, const QString &body)
    {
        Source source;
        source.title = title;
        source.body = body;
        source.mediaType = QStringLiteral("text/plain");
        source.originalBytes = (title + u'\n' + body).toUtf8();
        source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
        const Result<qint64> id = m_project->sources().add(source);
        if (!id)
            qWarning("could not add source %s: %s", qPrintable(title), qPrintable(id.error().message));
        return id ? *id : 0;
    }

    // A source holding `text`, titled with its first twenty characters and without a media type.
    qint64 addTextSource(const QString &text)
    {
        Source source;
        source.title = text.left(20);
        source.body = text;
        source.originalBytes = text.toUtf8();
        source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
        const Result<qint64> id = m_project->sources().add(source);
        if (!id)
            qWarning("could not add source %s: %s", qPrintable(source.title), qPrintable(id.error().message));
        return id ? *id : 0;
    }

    // An event with only a title.
    qint64 addEvent(const QString &title)
    {
        Event event;
        event.title = title;
        const Result<qint64> id = m_project->events().add(event);
        if (!id)
            qWarning("could not add event %s: %s", qPrintable(title), qPrintable(id.error().message));
        return id ? *id : 0;
    }

    qint64 addEntity(const QString &name, const QString &type = QStringLiteral("Person"),
                     const QStringList &aliases = {}, const QList<EntityRole> &roles = {}, const QString &notes = {})
    {
        Entity entity;
        entity.typeId = typeId(type);
        entity.canonicalName = name;
        entity.aliases = aliases;
        entity.roles = roles;
        entity.notes = notes;
        const Result<qint64> id = m_project->entities().add(entity);
        if (!id)
            qWarning("could not add entity %s: %s", qPrintable(name), qPrintable(id.error().message));
        return id ? *id : 0;
    }

    // A mention of the span [start, end) of the source's body, with quote and context.
    qint64 addMention(qint64 entityId, qint64 sourceId, int start, int end,
                      Mention::Status status = Mention::Status::Confirmed,
                      Mention::Origin origin = Mention::Origin::Manual)
    {
        const Result<QString> body = m_project->sources().body(sourceId);
        Mention mention;
        mention.entityId = entityId;
        mention.sourceId = sourceId;
        mention.start = start;
        mention.end = end;
        mention.status = status;
        mention.origin = origin;
        if (body)
            MentionContext::fill(mention, *body);
        const Result<qint64> id = m_project->mentions().add(mention);
        if (!id)
            qWarning("could not add mention: %s", qPrintable(id.error().message));
        return id ? *id : 0;
    }

    // A mention of the first occurrence of `quote` in the source's body.
    qint64 addMentionOf(qint64 entityId, qint64 sourceId, const QString &quote,
                        Mention::Status status = Mention::Status::Confirmed)
    {
        const Result<QString> body = m_project->sources().body(sourceId);
        const int start = body ? static_cast<int>(body->indexOf(quote)) : -1;
        if (start < 0) {
            qWarning("\"%s\" is not in source %lld", qPrintable(quote), sourceId);
            return 0;
        }
        return addMention(entityId, sourceId, start, start + static_cast<int>(quote.size()), status);
    }

    // Every row of the tables edits touch, as text, to compare states of the project.
    // Entity creation times and the attribution (who changed a row last, and when) are
    // left out unless asked for: an undo or a redo is a change of its own.
    QStringList dump(bool withCreationTimes = false, bool withAttribution = false)
    {
        const QStringList tables = {
            QStringLiteral("SELECT id, title, reliability, notes, published_earliest, published_latest,"
                           " published_granularity, published_qualifier, published_expression, published_anchor"
                           " FROM sources"),
            QStringLiteral("SELECT * FROM entity_types"),
            withCreationTimes ? QStringLiteral("SELECT * FROM entities")
                              : QStringLiteral("SELECT id, type_id, canonical_name, notes FROM entities"),
            QStringLiteral("SELECT * FROM entity_aliases"),
            QStringLiteral("SELECT * FROM entity_roles"),
            QStringLiteral("SELECT * FROM mentions"),
            QStringLiteral("SELECT * FROM events"),
            QStringLiteral("SELECT * FROM event_participants"),
            QStringLiteral("SELECT * FROM event_tags"),
            QStringLiteral("SELECT * FROM evidence"),
            QStringLiteral("SELECT * FROM chronology_annotations"),
            QStringLiteral("SELECT * FROM timexes"),
            QStringLiteral("SELECT * FROM notes"),
        };
        QStringList rows;
        QSqlQuery query(m_project->database());
        for (const QString &sql : tables) {
            if (!query.exec(sql)) {
                rows.append(QStringLiteral("failed: ") + sql);
                continue;
            }
            QStringList tableRows;
            while (query.next()) {
                QStringList values;
                const QSqlRecord record = query.record();
                for (int i = 0; i < record.count(); ++i) {
                    const QString field = record.fieldName(i);
                    if (!withAttribution
                        && (field == QLatin1StringView("changed_by") || field == QLatin1StringView("changed_at")))
                        continue;
                    values.append(field + u'=' + query.value(i).toString());
                }
                tableRows.append(values.join(u'|'));
            }
            tableRows.sort();
            rows.append(sql);
            rows.append(tableRows);
        }
        return rows;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_database;
    QStringList m_copies; // databases copy() made
    std::unique_ptr<Project> m_project;
};

} // namespace annalist::test
