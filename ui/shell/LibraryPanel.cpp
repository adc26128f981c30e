// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LibraryPanel.h"

#include "SourceFilterProxy.h"

#include "editing/SetSourceGradeCommand.h"
#include "itemmodels/SourceListModel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelection>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace annalist {

LibraryPanel::LibraryPanel(SourceListModel *sources, ProjectSignals &signalHub, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_sources(sources)
    , m_signals(signalHub)
    , m_undoStack(undoStack)
    , m_filter(new SourceFilterProxy(this))
    , m_filterEdit(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_filter->setSourceModel(m_sources);
    m_filterEdit->setObjectName(QStringLiteral("libraryFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter sources…"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &SourceFilterProxy::setWords);

    m_view->setObjectName(QStringLiteral("library"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    // Rows of one height: the hidden row header then needs no pass over every row when
    // the filter adds or takes away thousands of them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(SourceListModel::TitleColumn, QHeaderView::Stretch);
    for (int column = SourceListModel::OutletColumn; column < SourceListModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The length matters less than the title; it is a right-click away on the header.
    header->setSectionHidden(SourceListModel::LengthColumn, true);
    header->setSectionResizeMode(SourceListModel::OutletColumn, QHeaderView::Interactive);
    header->resizeSection(SourceListModel::OutletColumn, 110);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = SourceListModel::OutletColumn; column < SourceListModel::ColumnCount; ++column) {
        auto *toggle = new QAction(m_sources->headerData(column, Qt::Horizontal).toString(), header);
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        connect(toggle, &QAction::triggered, this, [this, column](bool on) {
            m_columnsChosen = true;
            setColumnShown(column, on);
        });
        header->addAction(toggle);
        m_columnToggles.insert(column, toggle);
    }
    connect(m_view, &QTableView::activated, this, [this] { emit openRequested(false); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_view, 1);
}

void LibraryPanel::addContextActions(QAction *openInNewPane)
{
    auto *openHere = new QAction(tr("Open in Current Pane"), this);
    connect(openHere, &QAction::triggered, this, [this] { emit openRequested(false); });
    m_view->addAction(openHere);
    m_view->addAction(openInNewPane);
    auto *gradeMenu = new QMenu(tr("Set Reliability Grade"), this);
    const QStringList grades = { tr("Not graded"),    QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                 QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F") };
    for (int grade = 0; grade < grades.size(); ++grade)
        gradeMenu->addAction(grades.at(grade), this, [this, grade] { setGradeOfSelected(grade); });
    m_view->addAction(gradeMenu->menuAction());
    auto *dateSources = new QAction(tr("Date from Titles…"), this);
    dateSources->setToolTip(tr("Infer when the selected sources were written from the titles they give people"));
    connect(dateSources, &QAction::triggered, this, [this] { emit datingRequested(selectedSourceIds()); });
    m_view->addAction(dateSources);
}

void LibraryPanel::setColumnShown(int column, bool shown)
{
    m_view->horizontalHeader()->setSectionHidden(column, !shown);
    if (QAction *toggle = m_columnToggles.value(column))
        toggle->setChecked(shown);
}

void LibraryPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_columnsChosen)
        return;
    // In a narrow dock (a laptop's screen) the title comes first; the reader's header
    // says the outlet, the status bar counts the mentions.
    const bool compact = width() < compactWidth;
    setColumnShown(SourceListModel::OutletColumn, !compact);
    setColumnShown(SourceListModel::MentionsColumn, !compact);
}

void LibraryPanel::setGradeOfSelected(int grade)
{
    const QList<qint64> ids = selectedSourceIds();
    if (!m_project || ids.isEmpty())
        return;
    m_undoStack.beginMacro(tr("Set reliability grade"));
    for (qint64 id : ids)
        m_undoStack.push(new SetSourceGradeCommand(*m_project, m_signals, id, static_cast<ReliabilityGrade>(grade),
                                                   m_sources->gradeOf(id)));
    m_undoStack.endMacro();
}

QList<qint64> LibraryPanel::selectedSourceIds(bool orCurrent) const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(SourceListModel::SourceIdRole).toLongLong();
    if (orCurrent && ids.isEmpty() && m_view->currentIndex().isValid())
        ids << m_view->currentIndex().data(SourceListModel::SourceIdRole).toLongLong();
    return ids;
}

void LibraryPanel::selectSource(qint64 sourceId)
{
    const int row = m_sources->rowOfSource(sourceId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_sources->index(row, 0));
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

LibraryPanel::Place LibraryPanel::place() const
{
    Place place;
    place.selected = selectedSourceIds();
    if (m_view->currentIndex().isValid())
        place.current = m_view->currentIndex().data(SourceListModel::SourceIdRole).toLongLong();
    place.scroll = m_view->verticalScrollBar()->value();
    return place;
}

void LibraryPanel::restore(const Place &place)
{
    const auto indexOf = [this](qint64 sourceId) {
        const int row = m_sources->rowOfSource(sourceId);
        return row < 0 ? QModelIndex() : m_filter->mapFromSource(m_sources->index(row, 0));
    };
    QItemSelection selection;
    for (qint64 id : place.selected) {
        if (const QModelIndex index = indexOf(id); index.isValid())
            selection.select(index, index);
    }
    QItemSelectionModel *model = m_view->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (const QModelIndex current = indexOf(place.current); current.isValid())
        model->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_view->verticalScrollBar()->setValue(place.scroll);
}

int LibraryPanel::visibleRowCount() const
{
    return m_filter->rowCount();
}

void LibraryPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

} // namespace annalist
