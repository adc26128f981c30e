// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;
class QPushButton;

namespace annalist {

class EntityListModel;
class EntityRoleModel;
class Project;
class ProjectSignals;

// The project's entities with mention and source counts: filter, rename, edit
// aliases, merge two entities, and edit the time-scoped roles of the selected one.
// Every change goes through the undo stack.
class EntityDock final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityDock)

public:
    explicit EntityDock(QWidget *parent = nullptr);

    void setProject(Project *project, ProjectSignals *projectSignals, QUndoStack *undoStack);
    void refresh();
    qint64 selectedEntityId() const;
    bool selectEntity(qint64 entityId);

    void renameSelected(const QString &name);
    void setAliasesOfSelected(const QStringList &aliases);
    // Moves the selected entity's mentions and aliases into the other one.
    void mergeSelectedInto(qint64 targetId);

    QTableView *view() const { return m_view; }
    EntityListModel *model() const { return m_model; }
    QTableView *rolesView() const { return m_roles; }

signals:
    void entitySelected(qint64 entityId, const QString &name);

private:
    // Against the name the dock showed: an entity another analyst renamed meanwhile
    // is not renamed over (RenameEntityCommand).
    void rename(qint64 entityId, const QString &name, const QString &shownName);
    void chooseNewName();
    void chooseAliases();
    void chooseMergeTarget();
    void addRole();
    void removeRole();
    void saveRoles();
    void showRolesOfSelected();
    void updateButtons();

    Project *m_project = nullptr;
    ProjectSignals *m_signals = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QLineEdit *m_filter;
    QTableView *m_view;
    EntityListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_roles;
    EntityRoleModel *m_roleModel;
    QPushButton *m_rename;
    QPushButton *m_aliases;
    QPushButton *m_merge;
    QPushButton *m_addRole;
    QPushButton *m_removeRole;
    bool m_loadingRoles = false;
    bool m_savingRoles = false;
    qint64 m_rolesEntity = 0;
};

} // namespace annalist
