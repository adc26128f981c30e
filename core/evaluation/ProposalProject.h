// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis/BratDocument.h"
#include "analysis/TimexMatch.h"
#include "common/Result.h"
#include "model/TimeValue.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace annalist {

class Project;

// A temporary project holding gold documents as sources, analysed exactly as an import
// analyses them (ProjectAnalyzer), so that evaluation scores the proposals users get.
// review() plays the analyst on a document: proposals that match the gold are
// confirmed, those of the wrong type retyped, the others rejected, and missed names
// added by hand.
class ProposalProject final
{
public:
    static Result<std::unique_ptr<ProposalProject>> create();
    ~ProposalProject();

    // A source with `text` as its body; `published` anchors relative times.
    Result<qint64> addDocument(const QString &name, const QString &text, const TimeValue &published = {});
    // Analyses the given sources (all when empty), as on import.
    Status analyze(const QList<qint64> &sourceIds = {});
    // The candidate mentions of a source as brat entities, in text order.
    Result<QList<BratEntity>> proposals(qint64 sourceId);
    // The candidate time expressions of a source.
    Result<QList<TimexMatch>> timexes(qint64 sourceId);
    // Decides every proposal of the source against `gold`, as an analyst would.
    Status review(qint64 sourceId, const QList<BratEntity> &gold);

    Project &project() { return *m_project; }

private:
    ProposalProject() = default;

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

} // namespace annalist
