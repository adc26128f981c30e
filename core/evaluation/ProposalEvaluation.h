// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis/BratEvaluation.h"
#include "analysis/TimexEvaluation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace annalist {

// Scores the proposals users get: every document becomes a source of a temporary
// project and is analysed as on import (ProjectAnalyzer), or one part of the pipeline
// is run alone. With learning, the first documents are reviewed as an analyst would
// (ProposalProject::review) before the others are analysed and scored.
class ProposalEvaluation final
{
public:
    enum class Component { Pipeline, Names, Gazetteer };

    // Errors are one-line messages.
    static Result<BratEvaluation, QString> brat(const QStringList &files, Component component = Component::Pipeline,
                                                int reviewed = 0);
    static Result<TimexEvaluation, QString> timeMl(const QStringList &files, Component component = Component::Pipeline);

    // A table with one row per number of reviewed documents in `reviewed`; every row is
    // scored on the same documents, those after the largest number. Empty, with
    // `error` set, when that fails.
    static QString learningCurve(const QStringList &files, const QList<int> &reviewed, QString *error);
};

} // namespace annalist
