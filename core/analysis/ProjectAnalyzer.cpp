// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectAnalyzer.h"

#include "EnglishWords.h"
#include "Gazetteer.h"
#include "NameRecognizer.h"
#include "ProposalModel.h"
#include "ProposalReason.h"
#include "TimexTagger.h"
#include "editing/EntityResolver.h"
#include "editing/MentionContext.h"
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
    ProposalReason reason;
};

// Context either side of a span that the model reads.
constexpr int modelContext = 60;

// The last word of `before` or the first of `after`, lower case.
QString edgeWord(QStringView text, bool last)
{
    qsizetype end = last ? text.size() : 0;
    qsizetype step = last ? -1 : 1;
    qsizetype at = last ? end - 1 : 0;
    while (at >= 0 && at < text.size() && text.at(at).isSpace())
        at += step;
    const qsizetype from = at;
    while (at >= 0 && at < text.size() && !text.at(at).isSpace())
        at += step;
    return last ? text.mid(at + 1, from - at).toString().toLower() : text.mid(from, at - from).toString().toLower();
}

// "span|word before|word after": where a rejected proposal is not made again.
QString contextKey(QStringView before, QStringView span, QStringView after)
{
    return span.toString().simplified().toLower() + u'|' + edgeWord(before, true) + u'|' + edgeWord(after, false);
}

// "in Chester", "at Marion", "Marion, Ohio": how a text says that a name is a place.
bool hasPlaceCue(const QString &body, int start, int end, const QSet<int> &placeStarts)
{
    static const QSet<QString> prepositions
        = { QStringLiteral("in"),   QStringLiteral("at"), QStringLiteral("from"),
            QStringLiteral("near"), QStringLiteral("to"), QStringLiteral("outside") };
    const QString previous = edgeWord(QStringView(body).mid(std::max(0, start - 20), std::min(start, 20)), true);
    if (prepositions.contains(previous))
        return true;
    return end + 2 < body.size() && body.at(end) == u',' && body.at(end + 1) == u' ' && placeStarts.contains(end + 2);
}

// Spans the model may add: runs of capitalised words joined by single spaces
// ("Port Authority"), a final period left out unless the word has another ("U.S.").
QList<std::pair<int, int>> capitalisedRuns(const QString &body)
{
    QList<std::pair<int, int>> runs;
    const int size = int(body.size());
    int runStart = -1;
    int runEnd = -1;
    int at = 0;
    while (at < size) {
        if (!body.at(at).isLetter()) {
            ++at;
            continue;
        }
        const int wordStart = at;
        while (at < size
               && (body.at(at).isLetterOrNumber() || body.at(at) == u'.' || body.at(at) == u'-' || body.at(at) == u'&'))
            ++at;
        int wordEnd = at;
        if (body.at(wordEnd - 1) == u'.' && QStringView(body).mid(wordStart, wordEnd - wordStart).count(u'.') == 1)
            --wordEnd;
        const bool joined = runStart >= 0 && wordStart == runEnd + 1 && body.at(runEnd) == u' ';
        if (!body.at(wordStart).isUpper()) {
            if (runStart >= 0)
                runs.append({ runStart, runEnd });
            runStart = -1;
            continue;
        }
        if (joined) {
            runEnd = wordEnd;
            continue;
        }
        if (runStart >= 0)
            runs.append({ runStart, runEnd });
        runStart = wordStart;
        runEnd = wordEnd;
    }
    if (runStart >= 0)
        runs.append({ runStart, runEnd });
    return runs;
}

bool overlaps(int start, int end, const QList<std::pair<int, int>> &taken)
{
    return std::any_of(taken.cbegin(), taken.cend(),
                       [start, end](const auto &span) { return start < span.second && span.first < end; });
}

// What the analyst decided elsewhere, applied to the proposals of a source: a proposal
// rejected in the same context is dropped; the learned model drops, retypes or adds
// proposals where it is clearly surer than the rules. Names of entities the analyst
// confirmed keep their type.
void applyLearning(const QString &body, QList<Proposal> &proposals, const ProposalModel *model,
                   const QSet<QString> &rejectedContexts, const QSet<qint64> &confirmedEntities)
{
    // How far the model's best class must lead the proposed type to overrule it.
    constexpr double overrule = 1.0;
    constexpr double addition = 1.0;
    constexpr double sure = 0.8;
    const auto before = [&body](int start) {
        return QStringView(body).mid(std::max(0, start - modelContext), std::min(start, modelContext));
    };
    const auto after = [&body](int end) {
        return QStringView(body).mid(end, modelContext);
    };
    QList<Proposal> kept;
    kept.reserve(proposals.size());
    for (Proposal &proposal : proposals) {
        const QStringView span = QStringView(body).mid(proposal.start, proposal.end - proposal.start);
        if (!rejectedContexts.isEmpty()
            && rejectedContexts.contains(contextKey(before(proposal.start), span, after(proposal.end))))
            continue;
        if (model && !(proposal.entityId != 0 && confirmedEntities.contains(proposal.entityId))) {
            const ProposalModel::Prediction prediction = model->predict(
                ProposalModel::features(before(proposal.start), span, after(proposal.end), proposal.typeName),
                proposal.typeName);
            if (prediction.type != proposal.typeName && prediction.margin > overrule && prediction.score > sure) {
                if (prediction.type.isEmpty())
                    continue;
                proposal.typeName = prediction.type;
                proposal.entityId = 0;
                if (prediction.type != QStringLiteral("Person"))
                    proposal.role.clear();
                proposal.reason = { ProposalReason::Kind::Learned, prediction.type, prediction.score };
            }
        }
        kept << std::move(proposal);
    }
    proposals = std::move(kept);
    if (!model)
        return;
    QList<std::pair<int, int>> proposed;
    for (const Proposal &proposal : std::as_const(proposals))
        proposed << std::pair { proposal.start, proposal.end };
    for (const auto &[start, end] : capitalisedRuns(body)) {
        if (overlaps(start, end, proposed))
            continue;
        const QStringView span = QStringView(body).mid(start, end - start);
        const ProposalModel::Prediction prediction
            = model->predict(ProposalModel::features(before(start), span, after(end), QString()));
        if (prediction.type.isEmpty() || prediction.margin <= addition || prediction.score <= sure)
            continue;
        Proposal proposal;
        proposal.start = start;
        proposal.end = end;
        proposal.typeName = prediction.type;
        proposal.name = span.toString().simplified();
        proposal.origin = Mention::Origin::Detector;
        proposal.priority = 3;
        proposal.reason = { ProposalReason::Kind::Learned, prediction.type, prediction.score };
        proposals << proposal;
    }
}

QByteArray fingerprintOf(const QList<Entity> &entities, const QList<EntityType> &types, const QByteArray &decisions)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::number(ProjectAnalyzer::rulesVersion));
    hash.addData(decisions);
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
    QByteArray decisions;
    if (Status read = readDecisions(&decisions); !read)
        return read.error();
    QList<Entity> proposable;
    for (const Entity &entity : *entities) {
        if (!m_rejectedEntities.contains(entity.id))
            proposable << entity;
    }
    // The analysis's own guesses of earlier runs: entities whose every mention is a
    // detected candidate.
    m_guessedEntities.clear();
    {
        QSqlQuery query(m_project.database());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT entity_id FROM mentions GROUP BY entity_id"
                                       " HAVING MAX(status <> %1) = 0 AND MAX(origin = %2) = 0")
                            .arg(int(Mention::Status::Candidate))
                            .arg(int(Mention::Origin::Manual))))
            return sqlError(query, QStringLiteral("read which entities the analysis guessed"));
        while (query.next())
            m_guessedEntities.insert(query.value(0).toLongLong());
    }
    m_gazetteer = std::make_unique<Gazetteer>();
    m_gazetteer->addBundledLists();
    // A title ("President") or an ordinary word the analyst confirmed is a name only
    // where the text capitalises it, like the analysis's own guesses.
    QSet<qint64> capitalisedOnly = m_guessedEntities;
    const EnglishWords &english = EnglishWords::bundled();
    for (const Entity &entity : std::as_const(proposable)) {
        const bool title = std::any_of(types->cbegin(), types->cend(), [&entity](const EntityType &type) {
            return type.id == entity.typeId && type.name == QStringLiteral("Title");
        });
        if (title || english.isCommon(entity.canonicalName.toLower()))
            capitalisedOnly.insert(entity.id);
    }
    m_gazetteer->addEntities(proposable, *types, capitalisedOnly);
    m_gazetteer->build();
    if (!m_names)
        m_names = std::make_unique<NameRecognizer>();
    if (!m_timexes)
        m_timexes = std::make_unique<TimexTagger>();
    m_listsFingerprint = fingerprintOf(*entities, *types, decisions);
    return ok();
}

Status ProjectAnalyzer::readDecisions(QByteArray *fingerprint)
{
    m_rejectedContexts.clear();
    m_rejectedEntities.clear();
    m_confirmedEntities.clear();
    m_model.reset();
    m_learnedFrom = 0;
    if (!m_learning)
        return ok();
    QSqlQuery query(m_project.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
                        "SELECT m.status, m.quote, m.context_before, m.context_after, m.reason, m.entity_id, t.name"
                        " FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN entity_types t ON t.id = e.type_id"
                        " WHERE m.status <> %1 ORDER BY m.id")
                        .arg(int(Mention::Status::Candidate))))
        return sqlError(query, QStringLiteral("read the analyst's decisions"));
    QList<ProposalExample> examples;
    QSet<qint64> rejected;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    while (query.next()) {
        const auto status = static_cast<Mention::Status>(query.value(0).toInt());
        ProposalExample example;
        example.span = query.value(1).toString();
        example.before = query.value(2).toString();
        example.after = query.value(3).toString();
        const ProposalReason reason = ProposalReason::fromString(query.value(4).toString());
        example.proposedType = reason.kind == ProposalReason::Kind::Learned ? QString() : reason.type;
        const qint64 entityId = query.value(5).toLongLong();
        if (status == Mention::Status::Confirmed) {
            example.type = query.value(6).toString();
            m_confirmedEntities.insert(entityId);
        } else {
            rejected.insert(entityId);
            m_rejectedContexts.insert(contextKey(example.before, example.span, example.after));
        }
        hash.addData(QStringLiteral("%1|%2|%3|%4|%5\n")
                         .arg(int(status))
                         .arg(entityId)
                         .arg(example.span, example.type, query.value(4).toString())
                         .toUtf8());
        examples << example;
    }
    for (qint64 id : std::as_const(rejected)) {
        if (!m_confirmedEntities.contains(id))
            m_rejectedEntities.insert(id);
    }
    *fingerprint = hash.result();
    // A handful of decisions say little; the rules stay in charge until there are more.
    constexpr int fewestExamples = 20;
    if (examples.size() >= fewestExamples) {
        m_model = std::make_unique<ProposalModel>();
        m_model->train(examples);
        m_learnedFrom = int(examples.size());
    }
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
    record.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO source_analysis (source_id, fingerprint, analyzed_at) VALUES (?, ?, ?)"));
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
    QList<std::pair<int, int>> taken;
    const auto kept = m_project.mentions().listForSource(sourceId);
    if (!kept)
        return kept.error();
    for (const Mention &mention : *kept)
        taken << std::pair { mention.start, mention.end };

    QList<Proposal> proposals;
    const QList<NameCandidate> names = m_names->recognize(body);
    // One sense per document: the words of the people the document names ("Nelson" of
    // "Tom Nelson"), and the type the name recognizer gave each span.
    QHash<QString, QString> personWords;
    QHash<std::pair<int, int>, QString> nameTypes;
    for (const NameCandidate &candidate : names) {
        nameTypes.insert({ candidate.start, candidate.end }, candidate.type);
        if (candidate.type != QStringLiteral("Person"))
            continue;
        for (const QString &word : candidate.canonical.split(u' ', Qt::SkipEmptyParts)) {
            if (word.size() > 2 && word.at(0).isUpper())
                personWords.insert(word.toLower(), candidate.canonical);
        }
    }
    const QList<GazetteerMatch> matches = m_gazetteer->find(body);
    QSet<int> placeStarts;
    for (const GazetteerMatch &match : matches) {
        if (m_gazetteer->entry(match.entries.first()).typeName == QStringLiteral("Place"))
            placeStarts.insert(int(match.start));
    }
    const EnglishWords &english = EnglishWords::bundled();
    for (const GazetteerMatch &match : matches) {
        const GazetteerEntry &entry = m_gazetteer->entry(match.entries.first());
        if (entry.origin == GazetteerEntry::Origin::Demonym)
            continue; // "Mexican" describes, it does not name the place
        if (entry.origin == GazetteerEntry::Origin::City || entry.origin == GazetteerEntry::Origin::Subdivision) {
            const QString text = body.mid(match.start, match.end - match.start);
            const QString lower = text.toLower();
            const bool oneWord = !text.contains(u' ');
            // "Mobile", "Reading": an ordinary English word, not the town of that name.
            if (oneWord && text != text.toUpper() && english.isCommon(lower))
                continue;
            const bool placeCue = hasPlaceCue(body, int(match.start), int(match.end), placeStarts);
            // A person's name, given in full elsewhere in the document or marked here by
            // a title, a first name or "said": not the town that shares it.
            const QString named = nameTypes.value({ int(match.start), int(match.end) });
            if (!placeCue
                && (named == QStringLiteral("Person") || named == QStringLiteral("Organisation")
                    || (oneWord && personWords.contains(lower))))
                continue;
        }
        Proposal proposal;
        proposal.start = int(match.start);
        proposal.end = int(match.end);
        proposal.typeName = entry.typeName;
        proposal.name = entry.origin == GazetteerEntry::Origin::CountryAlias && !entry.detail.isEmpty() ? entry.detail
                                                                                                        : entry.name;
        proposal.entityId = entry.entityId;
        proposal.origin = Mention::Origin::Gazetteer;
        // The analyst's names first; the analysis's own earlier guesses after the rules.
        proposal.priority = entry.origin != GazetteerEntry::Origin::Project ? 1
            : m_guessedEntities.contains(entry.entityId)                    ? 2
                                                                            : 0;
        proposal.reason = { ProposalReason::Kind::List, proposal.typeName, 0.0 };
        proposals << proposal;
    }
    for (const NameCandidate &candidate : names) {
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
        proposal.reason = { ProposalReason::Kind::Rule, proposal.typeName, 0.0 };
        proposals << proposal;
    }
    applyLearning(body, proposals, m_model.get(), m_rejectedContexts, m_confirmedEntities);
    std::stable_sort(proposals.begin(), proposals.end(), [](const Proposal &a, const Proposal &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return (a.end - a.start) > (b.end - b.start);
    });

    QHash<QString, qint64> entityByKey;
    QList<Mention> mentions;
    for (const Proposal &proposal : std::as_const(proposals)) {
        if (overlaps(proposal.start, proposal.end, taken))
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
        mention.reason = proposal.reason.toString();
        MentionContext::fill(mention, body);
        mentions << mention;
        taken << std::pair { proposal.start, proposal.end };
    }
    if (const auto added = m_project.mentions().addAll(mentions); !added)
        return added.error();
    summary.mentionsProposed += int(mentions.size());

    QList<std::pair<int, int>> timeTaken;
    const auto keptTimexes = m_project.timexes().listForSource(sourceId);
    if (!keptTimexes)
        return keptTimexes.error();
    for (const Timex &timex : *keptTimexes)
        timeTaken << std::pair { timex.start, timex.end };
    QList<Timex> timexes;
    for (const TimexMatch &match : m_timexes->tag(body, source->published)) {
        if (overlaps(match.start, match.end, timeTaken))
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
