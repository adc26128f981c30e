// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BratEvaluation.h"

#include "BratWriter.h"
#include "NameRecognizer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace annalist {

QStringList BratEvaluation::bratFiles(const QString &directory)
{
    QStringList files;
    const QDir folder(directory);
    const QStringList names = folder.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = folder.filePath(name);
        if (QFileInfo::exists(BratDocument::annotationPath(path)))
            files.append(path);
    }
    return files;
}

QList<BratEntity> BratEvaluation::toEntities(const QString &text, const QList<NameCandidate> &candidates)
{
    QList<BratEntity> entities;
    entities.reserve(candidates.size());
    for (const NameCandidate &candidate : candidates) {
        BratEntity entity;
        entity.id = QStringLiteral("T%1").arg(entities.size() + 1);
        entity.type = candidate.type;
        entity.start = candidate.start;
        entity.end = candidate.end;
        entity.text = text.mid(candidate.start, candidate.end - candidate.start);
        entities.append(entity);
    }
    return entities;
}

Result<BratEvaluation, BratError> BratEvaluation::run(const QStringList &files, const NameRecognizer &recognizer)
{
    BratEvaluation evaluation;
    for (const QString &file : files) {
        auto gold = BratDocument::load(file);
        if (!gold)
            return gold.error();
        evaluation.add(*gold, toEntities(gold->text, recognizer.recognize(gold->text)));
    }
    return evaluation;
}

void BratEvaluation::add(const BratDocument &gold, const QList<BratEntity> &system)
{
    m_scorer.add(gold.entities, system);
    m_documents.append({ gold, system });
}

QString BratEvaluation::table() const
{
    QString out = QStringLiteral("%1 documents\n\n").arg(m_documents.size());
    out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("Type"), -14)
               .arg(QStringLiteral("Match"), -8)
               .arg(QStringLiteral("Gold"), 5)
               .arg(QStringLiteral("System"), 6)
               .arg(QStringLiteral("TP"), 4)
               .arg(QStringLiteral("P"), 6)
               .arg(QStringLiteral("R"), 6)
               .arg(QStringLiteral("F1"), 6);

    auto row = [&](const QString &type, const char *match, const EntityCounts &counts) {
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(type, -14)
                   .arg(QLatin1String(match), -8)
                   .arg(counts.truePositives + counts.falseNegatives, 5)
                   .arg(counts.truePositives + counts.falsePositives, 6)
                   .arg(counts.truePositives, 4)
                   .arg(counts.precision(), 6, 'f', 3)
                   .arg(counts.recall(), 6, 'f', 3)
                   .arg(counts.f1(), 6, 'f', 3);
    };
    for (const QString &type : m_scorer.types()) {
        row(type, "exact", m_scorer.counts(EntityScorer::Matching::Exact, type));
        row(type, "overlap", m_scorer.counts(EntityScorer::Matching::Overlap, type));
    }
    row(QStringLiteral("All"), "exact", m_scorer.overall(EntityScorer::Matching::Exact));
    row(QStringLiteral("All"), "overlap", m_scorer.overall(EntityScorer::Matching::Overlap));
    return out;
}

QJsonObject BratEvaluation::toJson() const
{
    QJsonArray documents;
    for (const Document &document : m_documents) {
        documents.append(QJsonObject {
            { QStringLiteral("name"), document.gold.name },
            { QStringLiteral("gold"), document.gold.entities.size() },
            { QStringLiteral("system"), document.system.size() },
            { QStringLiteral("overlap"),
              EntityScorer::score(EntityScorer::Matching::Overlap, document.gold.entities, document.system)
                  .toJson() } });
    }
    QJsonObject json = m_scorer.toJson();
    json.insert(QStringLiteral("documents"), documents);
    return json;
}

QString BratEvaluation::writeSystemFiles(const QString &directory) const
{
    for (const Document &document : m_documents) {
        const QString failure = BratWriter::write(directory, document.gold.name, document.gold.text, document.system);
        if (!failure.isEmpty())
            return failure;
    }
    return {};
}

} // namespace annalist
