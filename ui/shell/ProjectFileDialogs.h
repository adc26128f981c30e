// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace annalist {

// The file dialogs that choose a project to create or open.
class ProjectFileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFileDialogs)

public:
    struct Outcome
    {
        QString path; // empty when the analyst cancelled or it failed
        QString error; // why it failed, for the analyst
    };

    // Asks for the name of a new project and creates it; never overwrites a file.
    static Outcome createNew(QWidget *parent);
    // Asks for the name of a project file to make, under that title: with the suffix
    // added, and refused when the file exists.
    static Outcome chooseNew(QWidget *parent, const QString &title);
    // Asks for a project to open.
    static QString chooseExisting(QWidget *parent);
    // The folder the dialogs start in.
    static QString startFolder();
};

} // namespace annalist
