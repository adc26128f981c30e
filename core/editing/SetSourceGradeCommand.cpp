// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetSourceGradeCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QCoreApplication>

namespace annalist {

namespace {

QString commandText(ReliabilityGrade grade)
{
    if (grade == ReliabilityGrade::Unrated)
        return QCoreApplication::translate("annalist::SetSourceGradeCommand", "Remove source grade");
    return QCoreApplication::translate("annalist::SetSourceGradeCommand", "Grade source %1")
        .arg(reliabilityGradeLetter(grade));
}

} // namespace

SetSourceGradeCommand::SetSourceGradeCommand(Project &project, ProjectSignals &projectSignals, qint64 sourceId,
                                             ReliabilityGrade grade, std::optional<ReliabilityGrade> shown,
                                             QUndoCommand *parent)
    : ProjectCommand(project, projectSignals, commandText(grade), parent)
    , m_sourceId(sourceId)
    , m_grade(grade)
    , m_shown(shown)
{ }

Status SetSourceGradeCommand::apply()
{
    const Result<SourceSummary> source = project().sources().summary(m_sourceId);
    if (!source)
        return source.error();
    if (m_shown) {
        const QString now = source->reliability == ReliabilityGrade::Unrated
            ? QCoreApplication::translate("annalist::SetSourceGradeCommand", "\u201c%1\u201d is now not graded")
                  .arg(source->title)
            : QCoreApplication::translate("annalist::SetSourceGradeCommand", "\u201c%1\u201d is now graded %2")
                  .arg(source->title, reliabilityGradeLetter(source->reliability));
        const Status asShown = checkAsShown({ QStringLiteral("sources"), QStringLiteral("id"), { m_sourceId } },
                                            source->reliability == *m_shown, now);
        if (!asShown)
            return asShown;
    }
    if (Status changed = project().sources().setReliability(m_sourceId, m_grade); !changed)
        return changed;
    m_shown.reset(); // a redo is checked against its undo (ProjectCommand)
    m_previousGrade = source->reliability;
    return ok();
}

Status SetSourceGradeCommand::revert()
{
    return project().sources().setReliability(m_sourceId, m_previousGrade);
}

void SetSourceGradeCommand::announce()
{
    emit projectSignals().sourcesChanged();
}

QList<RowAttribution::Rows> SetSourceGradeCommand::rowsWritten() const
{
    return { { QStringLiteral("sources"), QStringLiteral("id"), { m_sourceId } } };
}

} // namespace annalist
