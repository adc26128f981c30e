// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BratDocument.h"
#include "EntityScorer.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace annalist {

class NameRecognizer;
struct NameCandidate;

// Runs a NameRecognizer over brat documents and scores it against their gold
// entities: the work behind `annalist-cli evaluate --brat`.
class BratEvaluation final
{
public:
    struct Document
    {
        BratDocument gold;
        QList<BratEntity> system;
    };

    // The .txt files of a folder that have an .ann beside them, sorted by name.
    static QStringList bratFiles(const QString &directory);
    // Converts candidates to brat entities (T1, T2, ... in text order).
    static QList<BratEntity> toEntities(const QString &text, const QList<NameCandidate> &candidates);
    // Recognises and scores every file; the first malformed one stops the run.
    static Result<BratEvaluation, BratError> run(const QStringList &files, const NameRecognizer &recognizer);
    // Scores one document's system entities against its gold ones.
    void add(const BratDocument &gold, const QList<BratEntity> &system);

    QList<Document> documents() const { return m_documents; }
    const EntityScorer &scorer() const { return m_scorer; }

    // Per-type and overall precision, recall and F1, exact and overlap.
    QString table() const;
    QJsonObject toJson() const;
    // NAME.txt and NAME.ann with the system's entities for every document; returns an
    // error message or empty.
    QString writeSystemFiles(const QString &directory) const;

private:
    QList<Document> m_documents;
    EntityScorer m_scorer;
};

} // namespace annalist
