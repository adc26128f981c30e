// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace annalist {

class Gazetteer;
class NameRecognizer;
class Project;
class ProposalModel;
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

    // Learning from the analyst's decisions (on by default): the confirmed, retyped and
    // rejected mentions of the project train a ProposalModel that re-scores and adds
    // proposals, and a rejected proposal is not made again in the same context. Off, the
    // proposals are those of the word lists and rules alone.
    void setLearning(bool on) { m_learning = on; }
    bool isLearning() const { return m_learning; }
    // Decided mentions the model learned from in the last run (0 when it did not learn).
    int learnedFrom() const { return m_learnedFrom; }

    // Bumped whenever the rules change what they propose.
    static constexpr int rulesVersion = 2;

private:
    Status prepare();
    Status readDecisions(QByteArray *fingerprint);
    Status analyzeSource(qint64 sourceId, AnalysisSummary &summary);

    Project &m_project;
    std::unique_ptr<Gazetteer> m_gazetteer;
    std::unique_ptr<NameRecognizer> m_names;
    std::unique_ptr<TimexTagger> m_timexes;
    std::unique_ptr<ProposalModel> m_model;
    // "span|word before|word after" of every rejected mention, lower case.
    QSet<QString> m_rejectedContexts;
    // Entities the analyst only ever rejected: not proposed from the project's names.
    QSet<qint64> m_rejectedEntities;
    // Entities with a confirmed mention: their type is the analyst's.
    QSet<qint64> m_confirmedEntities;
    // Entities the analysis made whose mentions are all still candidates: guesses.
    QSet<qint64> m_guessedEntities;
    bool m_learning = true;
    int m_learnedFrom = 0;
    QByteArray m_listsFingerprint;
    QList<qint64> m_created;
};

} // namespace annalist
