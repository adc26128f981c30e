#include "ChronologyPanel.h"

#include "chronology/ChronologyFilter.h"
#include "editing/ProjectSignals.h"
#include "editing/SetChronologyAnnotationCommand.h"
#include "model/TimeValueParser.h"
#include "models/ChronologyModel.h"
#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

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

// The bound of a typed time that a range filter needs, or an invalid one when the text
// is empty; nullopt when the text is no time.
std::optional<QDateTime> boundOf(const QString &text, bool earliest)
{
    if (text.trimmed().isEmpty())
        return QDateTime();
    const auto parsed = TimeValueParser::parse(text);
    if (!std::holds_alternative<TimeValue>(parsed))
        return std::nullopt;
    const TimeValue &value = std::get<TimeValue>(parsed);
    return earliest ? (value.earliest().isValid() ? value.earliest() : value.latest())
                    : (value.latest().isValid() ? value.latest() : value.earliest());
}

} // namespace

ChronologyPanel::ChronologyPanel(ChronologyModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_text(new QLineEdit(this))
    , m_entity(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_lane(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_credibility(new QComboBox(this))
    , m_conflictsOnly(new QCheckBox(tr("Conflicts only"), this))
    , m_count(new QLabel(this))
    , m_filterError(new QLabel(this))
    , m_view(new QTableView(this))
    , m_textDelay(new QTimer(this))
{
    m_text->setPlaceholderText(tr("Filter chronology…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(150);
    m_entity->setMinimumContentsLength(8);
    m_entity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(8);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lane->setMinimumContentsLength(6);
    m_lane->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_from->setPlaceholderText(tr("from"));
    m_from->setToolTip(tr("Events that may have happened at or after this time (any form the time field takes)"));
    m_from->setMaximumWidth(110);
    m_to->setPlaceholderText(tr("to"));
    m_to->setToolTip(tr("Events that may have happened at or before this time"));
    m_to->setMaximumWidth(110);
    m_credibility->addItems({ tr("Any credibility"), tr("1 only"), tr("1–2"), tr("1–3"), tr("1–4"), tr("1–5") });
    m_filterError->setStyleSheet(QStringLiteral("color: #c62828"));
    m_filterError->hide();

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

    auto *filters = new QGridLayout;
    filters->setContentsMargins(4, 4, 4, 0);
    filters->setHorizontalSpacing(6);
    filters->setVerticalSpacing(4);
    filters->addWidget(m_text, 0, 0);
    filters->addWidget(m_entity, 0, 1);
    filters->addWidget(m_source, 0, 2);
    filters->addWidget(m_lane, 0, 3);
    auto *second = new QHBoxLayout;
    second->addWidget(new QLabel(tr("Time:"), this));
    second->addWidget(m_from);
    second->addWidget(new QLabel(QStringLiteral("–"), this));
    second->addWidget(m_to);
    second->addSpacing(8);
    second->addWidget(m_credibility);
    second->addWidget(m_conflictsOnly);
    second->addStretch();
    second->addWidget(m_count);
    filters->addLayout(second, 1, 0, 1, 4);
    filters->setColumnStretch(0, 3);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(2, 2);
    filters->setColumnStretch(3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_filterError);
    layout->addWidget(m_view, 1);

    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(120);
    connect(m_textDelay, &QTimer::timeout, this, &ChronologyPanel::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    for (QComboBox *box : { m_entity, m_source, m_lane, m_credibility })
        connect(box, &QComboBox::activated, this, &ChronologyPanel::applyFilter);
    connect(m_from, &QLineEdit::editingFinished, this, &ChronologyPanel::applyFilter);
    connect(m_to, &QLineEdit::editingFinished, this, &ChronologyPanel::applyFilter);
    connect(m_conflictsOnly, &QCheckBox::toggled, this, &ChronologyPanel::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChronologyPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChronologyPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChronologyPanel::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit eventSelected(selectedEventId()); });
    connect(m_view, &QTableView::activated, this, [this] {
        if (const qint64 id = selectedEventId())
            emit eventActivated(id);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChronologyPanel::showContextMenu);
    updateCount();
}

ChronologyPanel::~ChronologyPanel() = default;

void ChronologyPanel::setProject(Project *project, ProjectSignals *projectSignals, QUndoStack *undoStack)
{
    m_project = project;
    m_signals = projectSignals;
    m_undoStack = undoStack;
    m_text->clear();
    m_from->clear();
    m_to->clear();
    m_credibility->setCurrentIndex(0);
    m_conflictsOnly->setChecked(false);
    refreshChoices();
    applyFilter();
}

void ChronologyPanel::refreshChoices()
{
    const auto refill = [](QComboBox *box, const QString &any, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = box->currentData();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any, QVariant());
        for (const auto &[label, value] : items)
            box->addItem(label, value);
        box->setCurrentIndex(std::max(0, current.isValid() ? box->findData(current) : 0));
    };
    QList<std::pair<QString, QVariant>> entities;
    QList<std::pair<QString, QVariant>> sources;
    QList<std::pair<QString, QVariant>> lanes;
    if (m_project) {
        if (const Result<QList<Entity>> list = m_project->entities().list()) {
            for (const Entity &entity : *list)
                entities.append({ entity.canonicalName, entity.id });
        }
        if (const Result<QList<SourceSummary>> list = m_project->sources().list()) {
            for (const SourceSummary &source : *list)
                sources.append({ source.title, source.id });
        }
        if (const Result<QList<Event>> list = m_project->events().list()) {
            QStringList names;
            for (const Event &event : *list) {
                if (!event.lane.isEmpty() && !names.contains(event.lane))
                    names << event.lane;
            }
            names.sort(Qt::CaseInsensitive);
            for (const QString &name : names)
                lanes.append({ name, name });
        }
    }
    const auto byLabel = [](const auto &a, const auto &b) {
        return a.first.localeAwareCompare(b.first) < 0;
    };
    std::sort(entities.begin(), entities.end(), byLabel);
    std::sort(sources.begin(), sources.end(), byLabel);
    refill(m_entity, tr("Any entity"), entities);
    refill(m_source, tr("Any source"), sources);
    refill(m_lane, tr("Any lane"), lanes);
}

void ChronologyPanel::applyFilter()
{
    ChronologyFilter filter;
    filter.text = m_text->text();
    filter.entityId = m_entity->currentData().toLongLong();
    filter.sourceId = m_source->currentData().toLongLong();
    filter.lane = m_lane->currentData().toString();
    filter.credibilityAtLeast = m_credibility->currentIndex();
    filter.conflictsOnly = m_conflictsOnly->isChecked();
    const std::optional<QDateTime> from = boundOf(m_from->text(), true);
    const std::optional<QDateTime> to = boundOf(m_to->text(), false);
    QStringList errors;
    if (!from)
        errors << tr("“%1” is not a time the range can start at.").arg(m_from->text());
    if (!to)
        errors << tr("“%1” is not a time the range can end at.").arg(m_to->text());
    m_filterError->setText(errors.join(QLatin1Char(' ')));
    m_filterError->setVisible(!errors.isEmpty());
    filter.from = from.value_or(QDateTime());
    filter.to = to.value_or(QDateTime());

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

void ChronologyPanel::commentSelected(const QString &comment)
{
    const qint64 id = selectedEventId();
    if (!id || !m_undoStack)
        return;
    const ChronologyEntry *entry = m_model->entryAt(m_model->rowOfEvent(id));
    if (!entry || entry->comment == comment)
        return;
    m_undoStack->push(new SetChronologyAnnotationCommand(*m_project, *m_signals, id, comment, std::nullopt));
}

void ChronologyPanel::highlightSelected(const QColor &color)
{
    const qint64 id = selectedEventId();
    if (!id || !m_undoStack)
        return;
    const ChronologyEntry *entry = m_model->entryAt(m_model->rowOfEvent(id));
    if (!entry || entry->highlight == color)
        return;
    m_undoStack->push(new SetChronologyAnnotationCommand(*m_project, *m_signals, id, std::nullopt, color));
}

void ChronologyPanel::chooseComment()
{
    const qint64 id = selectedEventId();
    if (!id)
        return;
    bool chosen = false;
    const QString comment = QInputDialog::getMultiLineText(this, tr("Comment on entry"), tr("Comment:"),
                                                           m_model->entryAt(m_model->rowOfEvent(id))->comment, &chosen);
    if (chosen)
        commentSelected(comment.trimmed());
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
    highlight->addAction(tr("Other colour…"), this, [this] {
        const QColor color = QColorDialog::getColor(Qt::yellow, this, tr("Highlight colour"));
        if (color.isValid())
            highlightSelected(color);
    });
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
