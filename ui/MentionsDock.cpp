// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MentionsDock.h"

#include "models/MentionListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace annalist {

MentionsDock::MentionsDock(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new MentionListModel(this))
{
    m_title->setText(tr("Select an entity to see where it is mentioned."));
    m_title->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("mentionsView"));
    m_view->setAccessibleName(tr("Mentions"));
    m_view->setAccessibleDescription(tr("Where the selected entity is mentioned; Enter opens the passage"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(MentionListModel::MentionColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MentionListModel::AfterColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MentionListModel::StatusColumn, QHeaderView::ResizeToContents);
    header->resizeSection(MentionListModel::SourceColumn, 220);
    header->resizeSection(MentionListModel::BeforeColumn, 280);
    const auto activate = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const int start = index.data(MentionListModel::StartRole).toInt();
        emit passageRequested(index.data(MentionListModel::SourceIdRole).toLongLong(), start,
                              index.data(MentionListModel::EndRole).toInt() - start);
    };
    connect(m_view, &QTableView::activated, this, activate);
    connect(m_view, &QTableView::clicked, this, activate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
}

void MentionsDock::setProject(Project *project)
{
    m_project = project;
    m_entityId = 0;
    m_model->clear();
    m_title->setText(tr("Select an entity to see where it is mentioned."));
}

void MentionsDock::showEntity(qint64 entityId, const QString &name)
{
    m_entityId = entityId;
    m_name = name;
    refresh();
}

void MentionsDock::refresh()
{
    if (!m_project || m_entityId == 0) {
        m_model->clear();
        return;
    }
    m_model->showEntity(m_project, m_entityId);
    m_title->setText(tr("%1 — %2 mentions").arg(m_name).arg(m_model->rowCount()));
}

} // namespace annalist
