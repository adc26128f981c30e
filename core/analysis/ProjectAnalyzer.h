// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>

namespace annalist {

class Gazetteer;
class NameRecognizer;
class Project;
class TimexTagger;

// What one run of the analysis did.
struct AnalysisSummary
{
    int sourcesAnalyzed = 0;
    int sourcesUnchanged = 0;
    int mentionsProposed = 0;
    int timexesProposed = 0;
    int entitiesCreated = 0;
    int rolesAdded = 0;
    bool cancelled = false;
};

// Proposes entity mentions and time expressions for sources: the gazetteer (project
// names first, then bundled places and titles), the name recognizer and the time
// tagger. Proposals are candidates; what the analyst made, confirmed or rejected is
// never touched, and new proposals never overlap it. A run replaces the previous
// proposals of a source, so running twice changes nothing, and a source is skipped
// when neither its text nor the project's names changed since it was last analysed.
class ProjectAnalyzer final
{
public:
    explicit ProjectAnalyzer(Project &project);
    ~ProjectAnalyzer();
    ProjectAnalyzer(const ProjectAnalyzer &) = delete;
    ProjectAnalyzer &operator=(const ProjectAnalyzer &) = delete;

    // Called after each source with the number done of the total; false cancels.
    using Progress = std::function<bool(int done, int total)>;

    // All sources when ids is empty. force analyses even unchanged sources.
    Result<AnalysisSummary> analyze(const QList<qint64> &sourceIds = {}, bool force = false,
                                    const Progress &progress = {});

    // Bumped whenever the rules change what they propose.
    static constexpr int rulesVersion = 1;

private:
    Status prepare();
    Status analyzeSource(qint64 sourceId, AnalysisSummary &summary);

    Project &m_project;
    std::unique_ptr<Gazetteer> m_gazetteer;
    std::unique_ptr<NameRecognizer> m_names;
    std::unique_ptr<TimexTagger> m_timexes;
    QByteArray m_listsFingerprint;
    QList<qint64> m_created;
};

} // namespace annalist
