// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProposalEvaluation.h"

#include "ProposalProject.h"
#include "analysis/Gazetteer.h"
#include "analysis/NameRecognizer.h"
#include "analysis/TimexTagger.h"

#include <QFileInfo>

#include <algorithm>

namespace annalist {

namespace {

QList<BratEntity> gazetteerEntities(const Gazetteer &gazetteer, const QString &text)
{
    QList<BratEntity> entities;
    for (const GazetteerMatch &match : gazetteer.find(text)) {
        const GazetteerEntry &entry = gazetteer.entry(match.entries.first());
        if (entry.origin == GazetteerEntry::Origin::Demonym)
            continue;
        BratEntity entity;
        entity.id = QStringLiteral("T%1").arg(entities.size() + 1);
        entity.type = entry.typeName;
        entity.start = int(match.start);
        entity.end = int(match.end);
        entity.text = text.mid(entity.start, entity.end - entity.start);
        entities.append(entity);
    }
    return entities;
}

Result<QList<BratDocument>, QString> loadAll(const QStringList &files)
{
    QList<BratDocument> documents;
    for (const QString &file : files) {
        auto gold = BratDocument::load(file);
        if (!gold)
            return gold.error().message();
        documents.append(std::move(*gold));
    }
    return documents;
}

// Runs the pipeline with the first `reviewed` documents reviewed; scores documents
// from `scoredFrom` on.
Result<BratEvaluation, QString> learned(const QList<BratDocument> &documents, int reviewed, int scoredFrom)
{
    auto project = ProposalProject::create();
    if (!project)
        return project.error().message;
    QList<qint64> ids;
    for (const BratDocument &document : documents) {
        const auto id = (*project)->addDocument(document.name, document.text);
        if (!id)
            return id.error().message;
        ids.append(*id);
    }
    const QList<qint64> first = ids.mid(0, reviewed);
    if (!first.isEmpty()) {
        if (Status done = (*project)->analyze(first); !done)
            return done.error().message;
        for (int index = 0; index < reviewed; ++index) {
            if (Status done = (*project)->review(ids.at(index), documents.at(index).entities); !done)
                return done.error().message;
        }
    }
    const QList<qint64> rest = ids.mid(reviewed);
    if (!rest.isEmpty()) {
        if (Status done = (*project)->analyze(rest); !done)
            return done.error().message;
    }
    BratEvaluation evaluation;
    for (int index = scoredFrom; index < documents.size(); ++index) {
        const auto proposals = (*project)->proposals(ids.at(index));
        if (!proposals)
            return proposals.error().message;
        evaluation.add(documents.at(index), *proposals);
    }
    return evaluation;
}

QString f1(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace

Result<BratEvaluation, QString> ProposalEvaluation::brat(const QStringList &files, Component component, int reviewed)
{
    const auto documents = loadAll(files);
    if (!documents)
        return documents.error();
    if (component == Component::Pipeline) {
        if (reviewed >= documents->size())
            return QStringLiteral("--learn %1 leaves no document to score (%2 documents)")
                .arg(reviewed)
                .arg(documents->size());
        return learned(*documents, reviewed, reviewed);
    }
    BratEvaluation evaluation;
    if (component == Component::Names) {
        const NameRecognizer recognizer;
        for (const BratDocument &document : *documents)
            evaluation.add(document, BratEvaluation::toEntities(document.text, recognizer.recognize(document.text)));
    } else {
        Gazetteer gazetteer;
        gazetteer.addBundledLists();
        gazetteer.build();
        for (const BratDocument &document : *documents)
            evaluation.add(document, gazetteerEntities(gazetteer, document.text));
    }
    return evaluation;
}

Result<TimexEvaluation, QString> ProposalEvaluation::timeMl(const QStringList &files, Component component)
{
    QList<TimeMlDocument> documents;
    for (const QString &file : files) {
        auto document = TimeMlDocument::read(file);
        if (!document)
            return document.error().message();
        documents.append(std::move(*document));
    }
    TimexEvaluation evaluation;
    if (component != Component::Pipeline) {
        const TimexTagger tagger;
        for (TimeMlDocument &document : documents) {
            const QList<TimexMatch> system = tagger.tag(document.text(), document.creationTime());
            evaluation.add(std::move(document), system);
        }
        return evaluation;
    }
    auto project = ProposalProject::create();
    if (!project)
        return project.error().message;
    QList<qint64> ids;
    for (const TimeMlDocument &document : std::as_const(documents)) {
        const auto id = (*project)->addDocument(QFileInfo(document.fileName()).fileName(), document.text(),
                                                document.creationTime());
        if (!id)
            return id.error().message;
        ids.append(*id);
    }
    if (Status done = (*project)->analyze(ids); !done)
        return done.error().message;
    for (int index = 0; index < documents.size(); ++index) {
        const auto system = (*project)->timexes(ids.at(index));
        if (!system)
            return system.error().message;
        evaluation.add(std::move(documents[index]), *system);
    }
    return evaluation;
}

QString ProposalEvaluation::learningCurve(const QStringList &files, const QList<int> &reviewed, QString *error)
{
    const auto documents = loadAll(files);
    if (!documents) {
        *error = documents.error();
        return {};
    }
    const int largest = reviewed.isEmpty() ? 0 : *std::max_element(reviewed.cbegin(), reviewed.cend());
    if (largest >= documents->size()) {
        *error = QStringLiteral("--learn %1 leaves no document to score (%2 documents)")
                     .arg(largest)
                     .arg(documents->size());
        return {};
    }
    const QStringList types = { QStringLiteral("Person"), QStringLiteral("Place"), QStringLiteral("Organisation"),
                                QStringLiteral("Title") };
    QString out = QStringLiteral("Learning curve: the first K documents reviewed, documents %1 to %2 scored\n\n")
                      .arg(largest + 1)
                      .arg(documents->size());
    out += QStringLiteral("%1 %2 %3")
               .arg(QStringLiteral("K"), 3)
               .arg(QStringLiteral("exact F1"), 9)
               .arg(QStringLiteral("overlap F1"), 11);
    for (const QString &type : types)
        out += QStringLiteral(" %1").arg(type.left(12), 12);
    out += u'\n';
    for (int count : reviewed) {
        const auto evaluation = learned(*documents, count, largest);
        if (!evaluation) {
            *error = evaluation.error();
            return {};
        }
        const EntityScorer &scorer = evaluation->scorer();
        out += QStringLiteral("%1 %2 %3")
                   .arg(count, 3)
                   .arg(f1(scorer.overall(EntityScorer::Matching::Exact).f1()), 9)
                   .arg(f1(scorer.overall(EntityScorer::Matching::Overlap).f1()), 11);
        for (const QString &type : types)
            out += QStringLiteral(" %1").arg(f1(scorer.counts(EntityScorer::Matching::Overlap, type).f1()), 12);
        out += u'\n';
    }
    out += QStringLiteral("\nMicro-averaged over all types; per type: overlap F1.\n");
    return out;
}

} // namespace annalist
