// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TempEvalScorer.h"
#include "TimeMlDocument.h"
#include "TimexMatch.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace annalist {

class TimexTagger;

// Runs a TimexTagger over TimeML files and scores it against their gold TIMEX3s with
// the TempEval-3 measures: the work behind `annalist-cli evaluate --timeml`.
class TimexEvaluation final
{
public:
    struct Document
    {
        TimeMlDocument document;
        QList<TimexMatch> system;
        TempEvalCounts counts;
    };

    // The .tml files of a folder, sorted by name.
    static QStringList timeMlFiles(const QString &directory);
    // Tags and scores every file; the first malformed one stops the run.
    static Result<TimexEvaluation, TimeMlError> run(const QStringList &files, const TimexTagger &tagger);
    // Scores one document's system expressions against its gold ones.
    void add(TimeMlDocument document, const QList<TimexMatch> &system);

    QList<Document> documents() const { return m_documents; }
    TempEvalCounts total() const { return m_total; }

    // A plain-text table, one row per document and a micro-averaged total.
    QString table() const;
    QJsonObject toJson() const;
    // One .tml per document, named as its input, with the system's TIMEX3 tags; returns
    // an error message, or an empty string when every file was written.
    QString writeSystemFiles(const QString &directory) const;

private:
    QList<Document> m_documents;
    TempEvalCounts m_total;
};

} // namespace annalist
