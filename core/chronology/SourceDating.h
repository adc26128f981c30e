// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Entity.h"
#include "model/TimeValue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace annalist {

// One title a source gives a person, and what that says about when it was written.
struct DatingReason
{
    QString entity;
    QString title;
    int offset = 0; // where the source says it
    TimeValue validity; // when the entity held that title
    QString text; // "calls Claudia Sheinbaum President-elect (2 Jun – 30 Sep 2024)"
};

struct SourceDatingResult
{
    // The window the source must have been written in; unknown when nothing dates it.
    TimeValue window;
    QList<DatingReason> reasons;
    // The titles cannot all have been right at one time (e.g. "President-elect" and
    // "President" for the same person); window is then unknown.
    bool impossible = false;
};

// Dates a source by the titles it uses: a text that calls someone "Senator" was
// written while they were one. The time-scoped roles of the project's entities say
// when that was; the windows of all titles a source uses are intersected.
class SourceDating final
{
public:
    explicit SourceDating(const QList<Entity> &entities);

    SourceDatingResult date(const QString &text) const;

private:
    struct TitleUse
    {
        QString entity;
        EntityRole role;
        QStringList names; // canonical name and aliases, longest first
    };
    QList<TitleUse> m_uses;
};

} // namespace annalist
