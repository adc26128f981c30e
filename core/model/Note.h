// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

namespace annalist {

// Free notes on the project, a source, an entity or an event.
struct Note
{
    enum class Subject { Project, Source, Entity, Event };

    qint64 id = 0;
    Subject subject = Subject::Project;
    qint64 subjectId = 0;
    QString body;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace annalist
