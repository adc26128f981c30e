// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectAnalyzer.h"

#include "EntityResolver.h"
#include "Gazetteer.h"
#include "MentionContext.h"
#include "NameRecognizer.h"
#include "TakenSpans.h"
#include "TimexTagger.h"
#include "model/Source.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/SqlErrors.h"
#include "storage/TimexRepository.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace annalist {

namespace {

struct Proposal
{
    int start = 0;
    int end = 0;
    QString typeName;
    QString name; // the entity's canonical name
    qint64 entityId = 0; // known for project names
    QString role; // a title the person holds, for names after a title
    Mention::Origin origin = Mention::Origin::Gazetteer;
    int priority = 0; // lower wins where proposals overlap
};

QByteArray fingerprintOf(const QList<Entity> &entities, const QList<EntityType> &types)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::number(ProjectAnalyzer::rulesVersion));
    for (const EntityType &type : types)
        hash.addData(QStringLiteral("type|%1|%2\n").arg(type.id).arg(type.name).toUtf8());
    for (const Entity &entity : entities) {
        QStringList aliases = entity.aliases;
        aliases.sort();
        hash.addData(QStringLiteral("%1|%2|%3|%4\n")
                         .arg(entity.id)
                         .arg(entity.typeId)
                         .arg(entity.canonicalName, aliases.join(u'|'))
                         .toUtf8());
    }
    return hash.result();
}

} // namespace

ProjectAnalyzer::ProjectAnalyzer(Project &project)
    : m_project(project)
{ }

ProjectAnalyzer::~ProjectAnalyzer() = default;

Status ProjectAnalyzer::prepare()
{
    const auto entities = m_project.entities().list();
    if (!entities)
        return entities.error();
    const auto types = m_project.entities().types();
    if (!types)
        return types.error();
    m_gazetteer = std::make_unique<Gazetteer>();
    m_gazetteer->addBundledLists();
    m_gazetteer->addEntities(*entities, *types);
    m_gazetteer->build();
    if (!m_names)
        m_names = std::make_unique<NameRecognizer>();
    if (!m_timexes)
        m_timexes = std::make_unique<TimexTagger>();
    m_listsFingerprint = fingerprintOf(*entities, *types);
    return ok();
}

Result<AnalysisSummary> ProjectAnalyzer::analyze(const QList<qint64> &sourceIds, bool force, const Progress &progress)
{
    AnalysisSummary summary;
    QList<qint64> ids = sourceIds;
    if (ids.isEmpty()) {
        const auto list = m_project.sources().list();
        if (!list)
            return list.error();
        for (const SourceSummary &source : *list)
            ids << source.id;
    }
    if (Status prepared = prepare(); !prepared)
        return prepared.error();

    // Marks the first analysis of each source as begun, all at once: the run records the
    // fingerprints when it ends, so a source left with this empty one was cut off by a
    // kill (PendingAnalysis).
    {
        WriteTransaction transaction(m_project.database());
        QSqlQuery begun(m_project.database());
        begun.prepare(
            QStringLiteral("INSERT INTO source_analysis (source_id, fingerprint, analyzed_at) VALUES (?, ?, ?)"
                           " ON CONFLICT DO NOTHING"));
        const QByteArray none(""); // empty, not NULL
        for (qint64 id : std::as_const(ids)) {
            begun.bindValue(0, id);
            begun.bindValue(1, none);
            begun.bindValue(2, QDateTime::currentMSecsSinceEpoch());
            if (!begun.exec())
                return sqlError(begun, QStringLiteral("mark the analysis of source %1 as begun").arg(id));
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    QSqlQuery previous(m_project.database());
    previous.prepare(QStringLiteral("SELECT fingerprint FROM source_analysis WHERE source_id = ?"));
    QList<qint64> analyzed;
    QHash<qint64, QByteArray> contentHashes;
    for (int i = 0; i < ids.size(); ++i) {
        const qint64 id = ids.at(i);
        const auto source = m_project.sources().find(id);
        if (!source)
            return source.error();
        contentHashes.insert(id, source->sha256);
        const QByteArray fingerprint
            = QCryptographicHash::hash(QByteArray(m_listsFingerprint + source->sha256), QCryptographicHash::Sha1);
        previous.bindValue(0, id);
        if (!previous.exec())
            return sqlError(previous, QStringLiteral("read the analysis state of source %1").arg(id));
        const bool unchanged = previous.next() && previous.value(0).toByteArray() == fingerprint;
        previous.finish();
        if (unchanged && !force) {
            ++summary.sourcesUnchanged;
        } else {
            if (Status done = analyzeSource(id, summary); !done)
                return done.error();
            analyzed << id;
            ++summary.sourcesAnalyzed;
        }
        if (progress && !progress(i + 1, int(ids.size()))) {
            summary.cancelled = true;
            break;
        }
    }

    // Names the run added to the project were not in the gazetteer for the sources
    // before them: one more pass with them makes the result what a second run would
    // give, so that running again changes nothing.
    // The gazetteer is built again only when the run added names to it.
    if (summary.entitiesCreated > 0) {
        if (Status prepared = prepare(); !prepared)
            return prepared.error();
    }
    if (summary.entitiesCreated > 0 && !summary.cancelled) {
        AnalysisSummary second;
        for (qint64 id : std::as_const(analyzed)) {
            if (Status done = analyzeSource(id, second); !done)
                return done.error();
        }
        summary.mentionsProposed = second.mentionsProposed;
        summary.timexesProposed = second.timexesProposed;
        summary.entitiesCreated += second.entitiesCreated;
        summary.rolesAdded += second.rolesAdded;
        if (second.entitiesCreated > 0) {
            if (Status prepared = prepare(); !prepared)
                return prepared.error();
        }
    }
    // The second pass may class a name differently from the first: entities that
    // ended up with no mention at all were only ever guesses.
    bool removedAny = false;
    for (qint64 id : std::as_const(m_created)) {
        const auto mentions = m_project.mentions().listForEntity(id);
        if (!mentions)
            return mentions.error();
        if (mentions->isEmpty()) {
            if (Status removed = m_project.entities().remove(id); !removed)
                return removed.error();
            --summary.entitiesCreated;
            removedAny = true;
        }
    }
    m_created.clear();
    if (removedAny) {
        if (Status prepared = prepare(); !prepared)
            return prepared.error();
    }
    QSqlQuery record(m_project.database());
    record.prepare(QStringLiteral("INSERT INTO source_analysis (source_id, fingerprint, analyzed_at) VALUES (?, ?, ?)"
                                  " ON CONFLICT (source_id) DO UPDATE"
                                  " SET fingerprint = excluded.fingerprint, analyzed_at = excluded.analyzed_at"));
    WriteTransaction transaction(m_project.database());
    for (qint64 id : std::as_const(analyzed)) {
        record.bindValue(0, id);
        record.bindValue(1,
                         QCryptographicHash::hash(QByteArray(m_listsFingerprint + contentHashes.value(id)),
                                                  QCryptographicHash::Sha1));
        record.bindValue(2, QDateTime::currentMSecsSinceEpoch());
        if (!record.exec())
            return sqlError(record, QStringLiteral("record the analysis of source %1").arg(id));
    }
    if (summary.cancelled) {
        // Sources the analyst cancelled before are not interrupted ones.
        QSqlQuery unmark(m_project.database());
        unmark.prepare(QStringLiteral("DELETE FROM source_analysis WHERE source_id = ? AND length(fingerprint) = 0"));
        for (qint64 id : std::as_const(ids)) {
            unmark.bindValue(0, id);
            if (!unmark.exec())
                return sqlError(unmark, QStringLiteral("record the analysis of source %1").arg(id));
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

Status ProjectAnalyzer::analyzeSource(qint64 sourceId, AnalysisSummary &summary)
{
    const auto source = m_project.sources().find(sourceId);
    if (!source)
        return source.error();
    const QString &body = source->body;

    WriteTransaction transaction(m_project.database());
    if (!transaction.isOpen())
        return transaction.error();
    if (const auto removed = m_project.mentions().removeProposals(sourceId); !removed)
        return removed.error();
    if (const auto removed = m_project.timexes().removeProposals(sourceId); !removed)
        return removed.error();

    // What the analyst made or decided stays, and nothing is proposed over it.
    TakenSpans taken;
    const auto kept = m_project.mentions().listForSource(sourceId);
    if (!kept)
        return kept.error();
    for (const Mention &mention : *kept)
        taken.add(mention.start, mention.end);

    QList<Proposal> proposals;
    for (const GazetteerMatch &match : m_gazetteer->find(body)) {
        const GazetteerEntry &entry = m_gazetteer->entry(match.entries.first());
        if (entry.origin == GazetteerEntry::Origin::Demonym)
            continue; // "Mexican" describes, it does not name the place
        Proposal proposal;
        proposal.start = int(match.start);
        proposal.end = int(match.end);
        proposal.typeName = entry.typeName;
        proposal.name = entry.origin == GazetteerEntry::Origin::CountryAlias && !entry.detail.isEmpty() ? entry.detail
                                                                                                        : entry.name;
        proposal.entityId = entry.entityId;
        proposal.origin = Mention::Origin::Gazetteer;
        proposal.priority = entry.origin == GazetteerEntry::Origin::Project ? 0 : 1;
        proposals << proposal;
    }
    for (const NameCandidate &candidate : m_names->recognize(body)) {
        Proposal proposal;
        proposal.start = candidate.start;
        proposal.end = candidate.end;
        proposal.typeName = candidate.type;
        proposal.name = candidate.canonical.isEmpty() ? body.mid(candidate.start, candidate.end - candidate.start)
                                                      : candidate.canonical;
        proposal.role = candidate.role;
        proposal.origin = Mention::Origin::Detector;
        // Lists know places best; context knows people and organisations best.
        proposal.priority = candidate.type == QStringLiteral("Place") ? 2 : 1;
        proposals << proposal;
    }
    std::stable_sort(proposals.begin(), proposals.end(), [](const Proposal &a, const Proposal &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return (a.end - a.start) > (b.end - b.start);
    });

    QHash<QString, qint64> entityByKey;
    QList<Mention> mentions;
    for (const Proposal &proposal : std::as_const(proposals)) {
        if (taken.overlaps(proposal.start, proposal.end))
            continue;
        // A person's role is noted even where the title itself was proposed separately.
        qint64 entityId = proposal.entityId;
        if (entityId == 0) {
            const QString key = proposal.typeName.toCaseFolded() + u'|' + proposal.name.toCaseFolded();
            entityId = entityByKey.value(key);
            if (entityId == 0) {
                const auto found = EntityResolver::resolve(m_project.entities(), proposal.name, proposal.typeName);
                if (!found)
                    return found.error();
                const auto type = m_project.entities().findType(proposal.typeName);
                if (!type)
                    continue; // a type this project does not have
                for (const Entity &entity : *found) {
                    if (entity.typeId == type->id) {
                        entityId = entity.id;
                        break;
                    }
                }
                if (entityId == 0) {
                    Entity entity;
                    entity.canonicalName = proposal.name;
                    entity.typeId = type->id;
                    const auto added = m_project.entities().add(entity);
                    if (!added)
                        return added.error();
                    entityId = *added;
                    ++summary.entitiesCreated;
                    m_created << entityId;
                }
                entityByKey.insert(key, entityId);
            }
        }
        if (!proposal.role.isEmpty()) {
            const auto entity = m_project.entities().find(entityId);
            if (!entity)
                return entity.error();
            const bool known
                = std::any_of(entity->roles.cbegin(), entity->roles.cend(), [&proposal](const EntityRole &role) {
                      return role.title.compare(proposal.role, Qt::CaseInsensitive) == 0;
                  });
            if (!known) {
                EntityRole role;
                role.title = proposal.role;
                if (const auto added = m_project.entities().addRole(entityId, role); !added)
                    return added.error();
                ++summary.rolesAdded;
            }
        }
        Mention mention;
        mention.entityId = entityId;
        mention.sourceId = sourceId;
        mention.start = proposal.start;
        mention.end = proposal.end;
        mention.origin = proposal.origin;
        mention.status = Mention::Status::Candidate;
        MentionContext::fill(mention, body);
        mentions << mention;
        taken.add(proposal.start, proposal.end);
    }
    if (const auto added = m_project.mentions().addAll(mentions); !added)
        return added.error();
    summary.mentionsProposed += int(mentions.size());

    TakenSpans timeTaken;
    const auto keptTimexes = m_project.timexes().listForSource(sourceId);
    if (!keptTimexes)
        return keptTimexes.error();
    for (const Timex &timex : *keptTimexes)
        timeTaken.add(timex.start, timex.end);
    QList<Timex> timexes;
    for (const TimexMatch &match : m_timexes->tag(body, source->published)) {
        if (timeTaken.overlaps(match.start, match.end))
            continue;
        Timex timex;
        timex.sourceId = sourceId;
        timex.start = match.start;
        timex.end = match.end;
        timex.type = match.type;
        timex.value = match.value;
        timex.resolved = match.resolved;
        timex.origin = Mention::Origin::Detector;
        timex.status = Mention::Status::Candidate;
        timexes << timex;
    }
    if (const auto added = m_project.timexes().addAll(timexes); !added)
        return added.error();
    summary.timexesProposed += int(timexes.size());
    return transaction.commit();
}

} // namespace annalist
