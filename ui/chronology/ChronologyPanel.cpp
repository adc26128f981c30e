// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyPanel.h"

#include "ui/widgets/ChronologyFilterBar.h"

#include "chronology/ChronologyFilter.h"
#include "editing/SetChronologyAnnotationCommand.h"
#include "itemmodels/ChronologyModel.h"
#include "storage/Project.h"
#include "storage/ProjectSignals.h"

#include <QColorDialog>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace annalist {

namespace {

// Soft colours that keep text readable in light and dark palettes alike.
const QList<std::pair<QString, QColor>> &highlightColors()
{
    static const QList<std::pair<QString, QColor>> colors = {
        { ChronologyPanel::tr("Yellow"), QColor(0xf6, 0xd8, 0x5c) },
        { ChronologyPanel::tr("Green"), QColor(0x8f, 0xd1, 0x9e) },
        { ChronologyPanel::tr("Blue"), QColor(0x8e, 0xc1, 0xf0) },
        { ChronologyPanel::tr("Red"), QColor(0xf0, 0x9a, 0x9a) },
        { ChronologyPanel::tr("Purple"), QColor(0xc9, 0xa8, 0xec) },
    };
    return colors;
}

} // namespace

ChronologyPanel::ChronologyPanel(ChronologyModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filterBar(new ChronologyFilterBar(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("chronologyView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ChronologyModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(ChronologyModel::TimeColumn, 125);
    header->resizeSection(ChronologyModel::ParticipantsColumn, 120);
    header->resizeSection(ChronologyModel::PlaceColumn, 75);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(ChronologyModel::SourcesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChronologyModel::CredibilityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChronologyModel::FlagsColumn, QHeaderView::ResizeToContents);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fittingColumns
            && (column == ChronologyModel::TimeColumn || column == ChronologyModel::ParticipantsColumn
                || column == ChronologyModel::PlaceColumn))
            m_columnsSizedByHand = true;
    });

    m_filterBar->addTrailingWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *filters = new QVBoxLayout;
    filters->setContentsMargins(4, 4, 4, 0);
    filters->addWidget(m_filterBar);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_filterBar, &ChronologyFilterBar::filterChanged, this, &ChronologyPanel::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChronologyPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChronologyPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChronologyPanel::updateCount);
    // Told once the row is selected: when the current row changes, the selection has not
    // followed it yet, so a click would report no event.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit eventSelected(selectedEventId()); });
    connect(m_view, &QTableView::activated, this, [this] {
        if (const qint64 id = selectedEventId())
            emit eventActivated(id);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChronologyPanel::showContextMenu);
    updateCount();
}

ChronologyPanel::~ChronologyPanel() = default;

void ChronologyPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void ChronologyPanel::fitColumns()
{
    if (m_columnsSizedByHand)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    // Their widths in a table wide enough, and the least they are narrowed to.
    struct Fitted
    {
        int column;
        int full;
        int least;
    };
    const std::array<Fitted, 3> fitted { { { ChronologyModel::TimeColumn, 125, 90 },
                                           { ChronologyModel::ParticipantsColumn, 120, 65 },
                                           { ChronologyModel::PlaceColumn, 75, 50 } } };
    int others = 0;
    for (const int column : { int(ChronologyModel::SourcesColumn), int(ChronologyModel::CredibilityColumn),
                              int(ChronologyModel::FlagsColumn) })
        others += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
    const int available = m_view->viewport()->width() - others - int(m_view->viewport()->width() * titleShare);
    int full = 0;
    int least = 0;
    for (const Fitted &item : fitted) {
        full += item.full;
        least += item.least;
    }
    // Between the least and the full widths, in proportion to what there is room for.
    const double scale = full == least ? 1.0 : std::clamp(double(available - least) / (full - least), 0.0, 1.0);
    const QScopedValueRollback fitting(m_fittingColumns, true);
    for (const Fitted &item : fitted)
        header->resizeSection(item.column, item.least + int((item.full - item.least) * scale));
}

void ChronologyPanel::setProject(Project *project, ProjectSignals *projectSignals, QUndoStack *undoStack)
{
    m_project = project;
    m_signals = projectSignals;
    m_undoStack = undoStack;
    m_filterBar->setProject(project);
}

QLineEdit *ChronologyPanel::textFilter() const
{
    return m_filterBar->textField();
}

QLineEdit *ChronologyPanel::fromFilter() const
{
    return m_filterBar->fromField();
}

QLineEdit *ChronologyPanel::toFilter() const
{
    return m_filterBar->toField();
}

void ChronologyPanel::refreshChoices()
{
    m_filterBar->refreshChoices();
}

void ChronologyPanel::applyFilter()
{
    const ChronologyFilter filter = m_filterBar->filter();
    const qint64 selected = selectedEventId();
    m_model->setFilter(filter);
    if (selected)
        selectEvent(selected);
    updateCount();
}

void ChronologyPanel::updateCount()
{
    m_count->setText(m_model->filter().isEmpty() ? tr("%n event(s)", nullptr, m_model->rowCount())
                                                 : tr("%1 of %2").arg(m_model->rowCount()).arg(m_model->entryCount()));
}

bool ChronologyPanel::selectEvent(qint64 eventId)
{
    const int row = m_model->rowOfEvent(eventId);
    if (row < 0) {
        m_view->clearSelection();
        return false;
    }
    const QModelIndex index = m_model->index(row, ChronologyModel::TitleColumn);
    if (m_view->currentIndex().row() != row) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_view->scrollTo(index);
    m_view->viewport()->update();
    return true;
}

qint64 ChronologyPanel::selectedEventId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return 0;
    return m_model->data(m_model->index(current.row(), 0), ChronologyModel::EventIdRole).toLongLong();
}

const ChronologyEntry *ChronologyPanel::selectedEntry() const
{
    const qint64 id = selectedEventId();
    return id ? m_model->entryAt(m_model->rowOfEvent(id)) : nullptr;
}

void ChronologyPanel::commentSelected(const QString &comment)
{
    const ChronologyEntry *entry = selectedEntry();
    if (entry && entry->comment != comment)
        annotate(entry->event.id, comment, std::nullopt, entry->comment, entry->highlight);
}

void ChronologyPanel::highlightSelected(const QColor &color)
{
    const ChronologyEntry *entry = selectedEntry();
    if (entry && entry->highlight != color)
        annotate(entry->event.id, std::nullopt, color, entry->comment, entry->highlight);
}

void ChronologyPanel::annotate(qint64 eventId, std::optional<QString> comment, std::optional<QColor> highlight,
                               const QString &shownComment, const QColor &shownHighlight)
{
    if (!m_undoStack)
        return;
    m_undoStack->push(
        new SetChronologyAnnotationCommand(*m_project, *m_signals, eventId, std::move(comment), std::move(highlight),
                                           SetChronologyAnnotationCommand::Shown { shownComment, shownHighlight }));
}

// The entry as shown when the analyst chose to change it, not after the dialog.
void ChronologyPanel::chooseComment()
{
    const ChronologyEntry *entry = selectedEntry();
    if (!entry)
        return;
    // Copied: the chronology may be read again while the dialog is open.
    const qint64 id = entry->event.id;
    const QString shownComment = entry->comment;
    const QColor shownHighlight = entry->highlight;
    bool chosen = false;
    const QString comment
        = QInputDialog::getMultiLineText(this, tr("Comment on entry"), tr("Comment:"), shownComment, &chosen);
    if (chosen && comment.trimmed() != shownComment)
        annotate(id, comment.trimmed(), std::nullopt, shownComment, shownHighlight);
}

// As for the comment: the entry as shown before the dialog.
void ChronologyPanel::chooseHighlight()
{
    const ChronologyEntry *entry = selectedEntry();
    if (!entry)
        return;
    // Copied: the chronology may be read again while the dialog is open.
    const qint64 id = entry->event.id;
    const QString shownComment = entry->comment;
    const QColor shownHighlight = entry->highlight;
    const QColor color = QColorDialog::getColor(Qt::yellow, this, tr("Highlight colour"));
    if (color.isValid() && color != shownHighlight)
        annotate(id, std::nullopt, color, shownComment, shownHighlight);
}

void ChronologyPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->selectRow(index.row());
    const qint64 id = selectedEventId();
    const ChronologyEntry *entry = m_model->entryAt(index.row());
    if (!entry)
        return;
    QMenu menu(this);
    menu.addAction(tr("Edit event"), this, [this, id] { emit eventActivated(id); });
    menu.addAction(tr("Comment…"), this, &ChronologyPanel::chooseComment);
    QMenu *highlight = menu.addMenu(tr("Highlight"));
    for (const auto &[name, color] : highlightColors()) {
        QPixmap swatch(12, 12);
        swatch.fill(color);
        highlight->addAction(QIcon(swatch), name, this, [this, color = color] { highlightSelected(color); });
    }
    highlight->addAction(tr("Other colour…"), this, &ChronologyPanel::chooseHighlight);
    highlight->addSeparator();
    highlight->addAction(tr("None"), this, [this] { highlightSelected(QColor()); });
    QAction *compare
        = menu.addAction(tr("Compare conflicting passages"), this, [this, id] { emit compareRequested(id); });
    compare->setEnabled(entry->hasConflict());
    menu.addSeparator();
    menu.addAction(tr("Delete event"), this, [this, id] { emit deleteRequested(id); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace annalist
