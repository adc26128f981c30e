// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConflictsPanel.h"

#include "model/TimeValueText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace annalist {

namespace {

constexpr int EventIdRole = Qt::UserRole;
constexpr int FirstEvidenceRole = Qt::UserRole + 1;
constexpr int SecondEvidenceRole = Qt::UserRole + 2;

QString kindName(Conflict::Kind kind)
{
    switch (kind) {
    case Conflict::Kind::Time:
        return ConflictsPanel::tr("Time");
    case Conflict::Kind::Place:
        return ConflictsPanel::tr("Place");
    case Conflict::Kind::Participants:
        return ConflictsPanel::tr("Participants");
    case Conflict::Kind::Contradiction:
        return ConflictsPanel::tr("Contradicted");
    }
    return {};
}

} // namespace

ConflictsPanel::ConflictsPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setAccessibleDescription(
        tr("Passages that disagree on an event's time, place or people; Enter opens both side by side"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("Time"), tr("Event"), tr("Conflict"), tr("What the sources say") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(1, 240);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click a conflict to read both passages side by side"));
    m_summary->setContentsMargins(4, 4, 4, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (const QTableWidgetItem *item = m_table->item(row, 0))
            emit eventSelected(item->data(EventIdRole).toLongLong());
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (const QTableWidgetItem *item = m_table->item(row, 0))
            emit compareRequested(item->data(EventIdRole).toLongLong(), item->data(FirstEvidenceRole).toLongLong(),
                                  item->data(SecondEvidenceRole).toLongLong());
    });
    setEntries({});
}

ConflictsPanel::~ConflictsPanel() = default;

void ConflictsPanel::setEntries(const QList<ChronologyEntry> &entries)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    int events = 0;
    for (const ChronologyEntry &entry : entries) {
        if (!entry.hasConflict())
            continue;
        ++events;
        for (const Conflict &conflict : entry.conflicts) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *time = new QTableWidgetItem(TimeValueText::describe(entry.event.time));
            time->setData(EventIdRole, entry.event.id);
            time->setData(FirstEvidenceRole, conflict.firstEvidenceId);
            time->setData(SecondEvidenceRole, conflict.secondEvidenceId);
            m_table->setItem(row, 0, time);
            m_table->setItem(row, 1, new QTableWidgetItem(entry.event.title));
            m_table->setItem(row, 2, new QTableWidgetItem(kindName(conflict.kind)));
            auto *description = new QTableWidgetItem(conflict.description);
            description->setToolTip(conflict.description);
            m_table->setItem(row, 3, description);
        }
    }
    m_summary->setText(m_table->rowCount() == 0 ? tr("No conflicts: no two passages about one event disagree.")
                                                : tr("%n conflict(s)", nullptr, m_table->rowCount())
                               + QStringLiteral(" · ") + tr("%n event(s) affected", nullptr, events));
}

} // namespace annalist
