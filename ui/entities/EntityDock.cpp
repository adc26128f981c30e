// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EntityDock.h"

#include "editing/MergeEntitiesCommand.h"
#include "editing/RenameEntityCommand.h"
#include "editing/SetEntityAliasesCommand.h"
#include "editing/SetEntityRolesCommand.h"
#include "itemmodels/EntityListModel.h"
#include "itemmodels/EntityRoleModel.h"
#include "storage/EntityRepository.h"
#include "storage/Project.h"
#include "ui/widgets/StorageLog.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace annalist {

EntityDock::EntityDock(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_model(new EntityListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_roles(new QTableView(this))
    , m_roleModel(new EntityRoleModel(this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_aliases(new QPushButton(tr("Aliases…"), this))
    , m_merge(new QPushButton(tr("Merge into…"), this))
    , m_addRole(new QPushButton(tr("Add role"), this))
    , m_removeRole(new QPushButton(tr("Remove role"), this))
{
    m_filter->setPlaceholderText(tr("Filter entities…"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("entitiesView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_model->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The swatch shows the type; names need the room. The header's menu brings it back.
    header->setSectionHidden(EntityListModel::TypeColumn, true);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 1; column < m_model->columnCount(); ++column) {
        auto *toggle = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), header);
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        connect(toggle, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
        header->addAction(toggle);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        showRolesOfSelected();
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            emit entitySelected(selectedEntityId(), m_proxy->index(current.row(), 0).data().toString());
    });

    m_roles->setObjectName(QStringLiteral("rolesView"));
    m_roles->setModel(m_roleModel);
    m_roles->setShowGrid(false);
    m_roles->verticalHeader()->hide();
    m_roles->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_roles->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_roles->setToolTip(tr("Titles and offices held for a time. Dates: 2025-01-21, 2024-06 or 2024; empty when open."));
    connect(m_roleModel, &QAbstractItemModel::dataChanged, this, &EntityDock::saveRoles);

    connect(m_rename, &QPushButton::clicked, this, &EntityDock::chooseNewName);
    connect(m_aliases, &QPushButton::clicked, this, &EntityDock::chooseAliases);
    connect(m_merge, &QPushButton::clicked, this, &EntityDock::chooseMergeTarget);
    connect(m_addRole, &QPushButton::clicked, this, &EntityDock::addRole);
    connect(m_removeRole, &QPushButton::clicked, this, &EntityDock::removeRole);

    auto *entityButtons = new QHBoxLayout;
    entityButtons->addWidget(m_rename);
    entityButtons->addWidget(m_aliases);
    entityButtons->addWidget(m_merge);
    entityButtons->addStretch();
    auto *roleButtons = new QHBoxLayout;
    roleButtons->addWidget(new QLabel(tr("Roles"), this));
    roleButtons->addStretch();
    roleButtons->addWidget(m_addRole);
    roleButtons->addWidget(m_removeRole);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_filter);
    topLayout->addWidget(m_view, 1);
    topLayout->addLayout(entityButtons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(roleButtons);
    bottomLayout->addWidget(m_roles, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    updateButtons();
}

void EntityDock::setProject(Project *project, ProjectSignals *projectSignals, QUndoStack *undoStack)
{
    m_project = project;
    m_signals = projectSignals;
    m_undoStack = undoStack;
    refresh();
}

void EntityDock::refresh()
{
    const qint64 selected = selectedEntityId();
    m_model->reload(m_project);
    if (selected != 0)
        selectEntity(selected);
    showRolesOfSelected();
    updateButtons();
}

qint64 EntityDock::selectedEntityId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(EntityListModel::EntityIdRole).toLongLong() : 0;
}

bool EntityDock::selectEntity(qint64 entityId)
{
    const int row = m_model->rowOfEntity(entityId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void EntityDock::renameSelected(const QString &name)
{
    const qint64 id = selectedEntityId();
    rename(id, name, m_model->entityAt(m_model->rowOfEntity(id)).canonicalName);
}

void EntityDock::rename(qint64 entityId, const QString &name, const QString &shownName)
{
    if (!m_project || entityId == 0 || name.trimmed().isEmpty())
        return;
    m_undoStack->push(new RenameEntityCommand(*m_project, *m_signals, entityId, name.trimmed(),
                                              shownName.isEmpty() ? std::nullopt : std::optional(shownName)));
}

void EntityDock::setAliasesOfSelected(const QStringList &aliases)
{
    const qint64 id = selectedEntityId();
    if (!m_project || id == 0)
        return;
    m_undoStack->push(new SetEntityAliasesCommand(*m_project, *m_signals, id, aliases));
}

void EntityDock::mergeSelectedInto(qint64 targetId)
{
    const qint64 id = selectedEntityId();
    if (!m_project || id == 0 || targetId == 0 || targetId == id)
        return;
    m_undoStack->push(new MergeEntitiesCommand(*m_project, *m_signals, id, targetId));
    selectEntity(targetId);
}

void EntityDock::chooseNewName()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    // The entity and name shown when the analyst chose to rename, not after the dialog.
    const qint64 id = selectedEntityId();
    const QString shown = m_proxy->index(current.row(), 0).data().toString();
    bool accepted = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename Entity"), tr("Name:"), QLineEdit::Normal, shown, &accepted);
    if (accepted)
        rename(id, name, shown);
}

void EntityDock::chooseAliases()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    bool accepted = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Aliases"),
        tr("Other names of %1, one per line:").arg(m_proxy->index(current.row(), 0).data().toString()),
        current.data(EntityListModel::AliasesRole).toStringList().join(u'\n'), &accepted);
    if (!accepted)
        return;
    QStringList aliases;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            aliases << line.trimmed();
    }
    setAliasesOfSelected(aliases);
}

void EntityDock::chooseMergeTarget()
{
    const qint64 id = selectedEntityId();
    if (id == 0)
        return;
    QStringList names;
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 other = m_model->entityIdAt(row);
        if (other == id)
            continue;
        const QModelIndex index = m_model->index(row, 0);
        names << tr("%1 (%2)").arg(index.data().toString(), index.data(EntityListModel::TypeNameRole).toString());
        ids << other;
    }
    if (names.isEmpty())
        return;
    bool accepted = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Merge Entities"),
                                tr("Merge %1 into:").arg(m_view->currentIndex().siblingAtColumn(0).data().toString()),
                                names, 0, false, &accepted);
    if (accepted)
        mergeSelectedInto(ids.value(names.indexOf(chosen)));
}

void EntityDock::showRolesOfSelected()
{
    const qint64 id = selectedEntityId();
    // The table holds what the analyst is typing, or has just written: reading it
    // again would close the editor and re-sort the rows under it.
    QWidget *focus = QApplication::focusWidget();
    const bool editing = focus && focus != m_roles->viewport() && m_roles->viewport()->isAncestorOf(focus);
    if (m_savingRoles || (id == m_rolesEntity && editing))
        return;
    m_loadingRoles = true;
    m_rolesEntity = id;
    QList<EntityRole> roles;
    if (m_project && id != 0) {
        if (const auto entity = m_project->entities().find(id))
            roles = entity->roles;
        else
            qCWarning(lcUiStorage) << "cannot read the roles of entity" << id << entity.error().message;
    }
    m_roleModel->setRoles(roles);
    m_loadingRoles = false;
    updateButtons();
}

void EntityDock::saveRoles()
{
    const qint64 id = selectedEntityId();
    if (m_loadingRoles || !m_project || id == 0)
        return;
    m_savingRoles = true;
    const int steps = m_undoStack->count();
    // Over the roles the table showed before this edit: roles another analyst changed
    // meanwhile are not replaced (SetEntityRolesCommand).
    m_undoStack->push(
        new SetEntityRolesCommand(*m_project, *m_signals, id, m_roleModel->roles(), m_roleModel->savedRoles()));
    m_savingRoles = false;
    if (m_undoStack->count() != steps) {
        m_roleModel->markSaved();
        return;
    }
    // Refused: once the edit is closed, show what the project holds rather than what was
    // typed over it; the message says what happened.
    QMetaObject::invokeMethod(this, &EntityDock::showRolesOfSelected, Qt::QueuedConnection);
}

void EntityDock::addRole()
{
    m_roleModel->insertRows(m_roleModel->rowCount(), 1);
    const QModelIndex title = m_roleModel->index(m_roleModel->rowCount() - 1, 0);
    m_roles->setCurrentIndex(title);
    m_roles->edit(title);
}

void EntityDock::removeRole()
{
    const QModelIndex current = m_roles->currentIndex();
    if (!current.isValid())
        return;
    m_roleModel->removeRows(current.row(), 1);
    saveRoles();
}

void EntityDock::updateButtons()
{
    const bool hasEntity = selectedEntityId() != 0;
    m_rename->setEnabled(hasEntity);
    m_aliases->setEnabled(hasEntity);
    m_merge->setEnabled(hasEntity && m_model->rowCount() > 1);
    m_addRole->setEnabled(hasEntity);
    m_removeRole->setEnabled(hasEntity && m_roleModel->rowCount() > 0);
    m_roles->setEnabled(hasEntity);
}

} // namespace annalist
