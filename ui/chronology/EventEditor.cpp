// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EventEditor.h"

#include "chronology/ChronologyLoader.h"
#include "editing/AddEvidenceCommand.h"
#include "editing/RemoveEvidenceCommand.h"
#include "editing/SetEvidenceStanceCommand.h"
#include "editing/UpdateEventCommand.h"
#include "model/TimeValueParser.h"
#include "model/TimeValueText.h"
#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/Project.h"
#include "storage/ProjectSignals.h"
#include "storage/SourceRepository.h"
#include "ui/widgets/ChangeAttribution.h"
#include "ui/widgets/StorageLog.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTableWidget>
#include <QTextDocument>
#include <QUndoStack>
#include <QVBoxLayout>

namespace annalist {

namespace {

constexpr int EntityIdRole = Qt::UserRole;
constexpr int ParticipantRoleRole = Qt::UserRole + 1;
constexpr int EvidenceIdRole = Qt::UserRole;

QString stanceName(Evidence::Stance stance)
{
    switch (stance) {
    case Evidence::Stance::Supports:
        return EventEditor::tr("Supports");
    case Evidence::Stance::Contradicts:
        return EventEditor::tr("Contradicts");
    case Evidence::Stance::Mentions:
        return EventEditor::tr("Mentions");
    }
    return {};
}

QString participantLabel(const QString &name, const QString &role)
{
    return role.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, role);
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

} // namespace

EventEditor::EventEditor(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_form(new QWidget(this))
    , m_title(new QLineEdit(m_form))
    , m_kind(new QComboBox(m_form))
    , m_time(new QLineEdit(m_form))
    , m_timeReading(new QLabel(m_form))
    , m_place(new QComboBox(m_form))
    , m_participants(new QListWidget(m_form))
    , m_addParticipant(new QPushButton(tr("Add…"), m_form))
    , m_participantRole(new QPushButton(tr("Role…"), m_form))
    , m_removeParticipant(new QPushButton(tr("Remove"), m_form))
    , m_description(new QPlainTextEdit(m_form))
    , m_assessment(new QPlainTextEdit(m_form))
    , m_credibility(new QComboBox(m_form))
    , m_lane(new QComboBox(m_form))
    , m_tags(new QLineEdit(m_form))
    , m_evidence(new QTableWidget(m_form))
    , m_corroboration(new QLabel(m_form))
    , m_addSupports(new QPushButton(tr("Supports"), m_form))
    , m_addContradicts(new QPushButton(tr("Contradicts"), m_form))
    , m_addMentions(new QPushButton(tr("Mentions"), m_form))
    , m_stance(new QPushButton(tr("Stance"), m_form))
    , m_removeEvidence(new QPushButton(tr("Remove"), m_form))
{
    buildForm();
    clearForm();
}

EventEditor::~EventEditor() = default;

void EventEditor::buildForm()
{
    m_heading->setWordWrap(true);
    m_heading->setContentsMargins(4, 4, 4, 4);

    m_title->setObjectName(QStringLiteral("eventTitle"));
    m_kind->setEditable(true);
    m_kind->addItems({ QString(), tr("Meeting"), tr("Statement"), tr("Visit"), tr("Agreement"), tr("Appointment"),
                       tr("Election"), tr("Arrest"), tr("Attack"), tr("Payment"), tr("Hearing"), tr("Other") });
    m_time->setObjectName(QStringLiteral("eventTime"));
    m_time->setPlaceholderText(tr("e.g. 2024-09-30, Sep 2024, early 2025"));
    m_time->setToolTip(
        tr("Type a time as you know it: a day, a month, a year, \"c. 2024\", \"2024-09?\", "
           "\"early 2025\", \"between 2024-06-02 and 2024-09-30\", \"before 2025-01-20\" or an EDTF value."));
    m_timeReading->setWordWrap(true);
    m_timeReading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_place->setObjectName(QStringLiteral("eventPlace"));
    m_participants->setObjectName(QStringLiteral("eventParticipants"));
    m_participants->setMaximumHeight(90);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    m_assessment->setTabChangesFocus(true);
    m_assessment->setMaximumHeight(60);
    m_assessment->setPlaceholderText(tr("What you make of it"));
    m_credibility->addItems({ tr("Not assessed"), tr("1 – Confirmed"), tr("2 – Probably true"), tr("3 – Possibly true"),
                              tr("4 – Doubtful"), tr("5 – Improbable"), tr("6 – Cannot be judged") });
    m_lane->setEditable(true);
    m_lane->setToolTip(tr("The theme this event belongs to; the timeline can show one lane per theme"));
    m_tags->setPlaceholderText(tr("comma, separated"));

    m_evidence->setObjectName(QStringLiteral("eventEvidence"));
    m_evidence->setColumnCount(2);
    m_evidence->setHorizontalHeaderLabels({ tr("Stance"), tr("Passage") });
    m_evidence->verticalHeader()->hide();
    m_evidence->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidence->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidence->setSelectionMode(QAbstractItemView::SingleSelection);
    m_evidence->setWordWrap(true);
    m_evidence->setShowGrid(false);
    m_evidence->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_evidence->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_evidence->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_evidence->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_evidence->setToolTip(tr("Click a passage to read it in its source"));
    connect(m_evidence->horizontalHeader(), &QHeaderView::sectionResized, m_evidence,
            &QTableView::resizeRowsToContents);
    m_evidence->setMinimumHeight(110);
    m_corroboration->setWordWrap(true);

    auto *participantButtons = new QHBoxLayout;
    participantButtons->addWidget(m_addParticipant);
    participantButtons->addWidget(m_participantRole);
    participantButtons->addWidget(m_removeParticipant);
    participantButtons->addStretch();
    auto *participantBox = new QVBoxLayout;
    participantBox->setContentsMargins(0, 0, 0, 0);
    participantBox->addWidget(m_participants);
    participantBox->addLayout(participantButtons);

    auto *timeBox = new QVBoxLayout;
    timeBox->setContentsMargins(0, 0, 0, 0);
    timeBox->setSpacing(2);
    timeBox->addWidget(m_time);
    timeBox->addWidget(m_timeReading);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    // A row of a layout gets no buddy of its own: the label is given the field.
    const auto labelFor = [this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, m_form);
        label->setBuddy(field);
        return label;
    };
    form->addRow(labelFor(tr("T&ime:"), m_time), timeBox);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(labelFor(tr("Pa&rticipants:"), m_participants), participantBox);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Assessment:"), m_assessment);
    form->addRow(tr("&Credibility:"), m_credibility);
    form->addRow(tr("&Lane:"), m_lane);
    form->addRow(tr("Ta&gs:"), m_tags);

    auto *addLabel = new QLabel(tr("Add the selected passage as:"), m_form);
    m_addSupports->setToolTip(tr("Quote the selected passage as supporting this event"));
    m_addContradicts->setToolTip(tr("Quote the selected passage as contradicting this event"));
    m_addMentions->setToolTip(tr("Quote the selected passage as mentioning this event"));
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->setSpacing(4);
    evidenceButtons->addWidget(m_addSupports);
    evidenceButtons->addWidget(m_addContradicts);
    evidenceButtons->addWidget(m_addMentions);
    evidenceButtons->addStretch();
    auto *evidenceEdit = new QHBoxLayout;
    evidenceEdit->addWidget(m_stance);
    evidenceEdit->addWidget(m_removeEvidence);
    evidenceEdit->addStretch();
    auto *stanceMenu = new QMenu(m_stance);
    for (const Evidence::Stance stance :
         { Evidence::Stance::Supports, Evidence::Stance::Contradicts, Evidence::Stance::Mentions })
        stanceMenu->addAction(stanceName(stance), this, [this, stance] { setStanceOfEvidence(stance); });
    m_stance->setMenu(stanceMenu);

    auto *evidenceHeading = new QLabel(tr("<b>Evidence</b>"), m_form);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(4, 0, 4, 4);
    formLayout->addLayout(form);
    formLayout->addSpacing(6);
    formLayout->addWidget(evidenceHeading);
    formLayout->addWidget(m_corroboration);
    formLayout->addWidget(m_evidence, 1);
    formLayout->addWidget(addLabel);
    formLayout->addLayout(evidenceButtons);
    formLayout->addLayout(evidenceEdit);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);

    connect(m_title, &QLineEdit::editingFinished, this, &EventEditor::commit);
    connect(m_kind, &QComboBox::activated, this, &EventEditor::commit);
    connect(m_kind->lineEdit(), &QLineEdit::editingFinished, this, &EventEditor::commit);
    connect(m_time, &QLineEdit::textEdited, this, &EventEditor::updateTimeReading);
    connect(m_time, &QLineEdit::editingFinished, this, &EventEditor::commit);
    connect(m_place, &QComboBox::activated, this, &EventEditor::commit);
    connect(m_credibility, &QComboBox::activated, this, &EventEditor::commit);
    connect(m_lane, &QComboBox::activated, this, &EventEditor::commit);
    connect(m_lane->lineEdit(), &QLineEdit::editingFinished, this, &EventEditor::commit);
    connect(m_tags, &QLineEdit::editingFinished, this, &EventEditor::commit);
    m_description->installEventFilter(this);
    m_assessment->installEventFilter(this);
    connect(m_addParticipant, &QPushButton::clicked, this, &EventEditor::addParticipant);
    connect(m_participantRole, &QPushButton::clicked, this, &EventEditor::setRoleOfParticipant);
    connect(m_removeParticipant, &QPushButton::clicked, this, &EventEditor::removeParticipant);
    connect(m_participants, &QListWidget::itemSelectionChanged, this, &EventEditor::updateEnabled);
    connect(m_addSupports, &QPushButton::clicked, this, [this] { addSelectionAsEvidence(Evidence::Stance::Supports); });
    connect(m_addContradicts, &QPushButton::clicked, this,
            [this] { addSelectionAsEvidence(Evidence::Stance::Contradicts); });
    connect(m_addMentions, &QPushButton::clicked, this, [this] { addSelectionAsEvidence(Evidence::Stance::Mentions); });
    connect(m_removeEvidence, &QPushButton::clicked, this, &EventEditor::removeEvidence);
    connect(m_evidence, &QTableWidget::cellClicked, this, [this](int row, int) { evidenceClicked(row); });
    connect(m_evidence, &QTableWidget::itemSelectionChanged, this, &EventEditor::updateEnabled);
}

void EventEditor::setProject(Project *project, ProjectSignals *projectSignals, QUndoStack *undoStack)
{
    m_project = project;
    m_signals = projectSignals;
    m_undoStack = undoStack;
    m_entityNames.clear();
    showEvent(0);
}

void EventEditor::setSelectionProvider(std::function<std::optional<PassageSelection>()> provider)
{
    m_selection = std::move(provider);
}

void EventEditor::showEvent(qint64 eventId)
{
    m_eventId = eventId;
    reload();
}

void EventEditor::reload()
{
    m_entry.reset();
    if (m_project && m_eventId) {
        Result<ChronologyEntry> entry = ChronologyLoader(*m_project).loadOne(m_eventId);
        if (entry)
            m_entry = *entry;
        else
            m_eventId = 0;
    }
    if (m_entry) {
        loadEntities();
        fillForm();
    } else {
        clearForm();
    }
}

void EventEditor::loadEntities()
{
    const Result<QList<Entity>> entities = m_project->entities().list();
    const Result<QList<EntityType>> types = m_project->entities().types();
    if (!entities || !types) {
        qCWarning(lcUiStorage) << "cannot read the entities for the event editor:"
                               << (entities ? types.error().message : entities.error().message);
        return;
    }
    qint64 placeType = 0;
    for (const EntityType &type : *types) {
        if (type.name == QString::fromUtf16(BuiltInEntityType::Place))
            placeType = type.id;
    }
    m_entityNames.clear();
    QList<std::pair<QString, qint64>> places;
    for (const Entity &entity : *entities) {
        m_entityNames.insert(entity.id, entity.canonicalName);
        if (entity.typeId == placeType)
            places.append({ entity.canonicalName, entity.id });
    }
    std::sort(places.begin(), places.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    const QSignalBlocker blocker(m_place);
    m_place->clear();
    m_place->addItem(tr("(none)"), qint64(0));
    for (const auto &[name, id] : places)
        m_place->addItem(name, id);

    // Lanes in use elsewhere, to keep themes consistent.
    const Result<QList<Event>> events = m_project->events().list();
    QStringList lanes;
    if (events) {
        for (const Event &event : *events) {
            if (!event.lane.isEmpty() && !lanes.contains(event.lane))
                lanes << event.lane;
        }
    }
    lanes.sort(Qt::CaseInsensitive);
    const QSignalBlocker laneBlocker(m_lane);
    m_lane->clear();
    m_lane->addItem(QString());
    m_lane->addItems(lanes);
}

void EventEditor::clearForm()
{
    m_filling = true;
    m_heading->setText(m_project ? tr("No event selected. Select a passage in a source and press Ctrl+E to make an "
                                      "event of it, or pick one in the chronology.")
                                 : tr("Open a project to edit its events."));
    m_form->setEnabled(false);
    m_title->clear();
    m_kind->setCurrentIndex(0);
    m_kind->setEditText(QString());
    m_time->clear();
    m_timeReading->clear();
    m_place->clear();
    m_participants->clear();
    m_description->clear();
    m_assessment->clear();
    m_credibility->setCurrentIndex(0);
    m_lane->setEditText(QString());
    m_tags->clear();
    m_evidence->setRowCount(0);
    m_corroboration->clear();
    m_filling = false;
    updateEnabled();
}

void EventEditor::fillForm()
{
    m_filling = true;
    const Event &event = m_entry->event;
    // A field the analyst is typing in keeps what they typed when the event is read
    // again underneath (after an edit elsewhere); it is written when they leave it.
    const auto setUnlessTyping = [](QLineEdit *field, const QString &text) {
        if (!(field->hasFocus() && field->isModified())) {
            field->setText(text);
            field->setCursorPosition(0); // the start of a long title, not its end
        }
    };
    // Who changed it last, read now: another analyst of a team project may have.
    // What is being typed was begun over the version read before: an edit that another
    // analyst makes meanwhile is not taken as seen.
    const bool typing = m_title->isModified() || m_time->isModified() || m_tags->isModified()
        || m_description->document()->isModified() || m_assessment->document()->isModified();
    QString changed;
    if (const auto stored = m_project->events().find(event.id)) {
        changed = ChangeAttribution::describe(stored->changedBy, stored->changedAt, m_project->userName());
        if (!typing || m_seenEventId != event.id)
            m_seenChangedAt = stored->changedAt;
        m_seenEventId = event.id;
    } else
        qCWarning(lcUiStorage) << "cannot read who changed event" << event.id << stored.error().message;
    m_heading->setText(changed.isEmpty() ? tr("Event %1").arg(event.id)
                                         : tr("Event %1 · changed %2").arg(event.id).arg(changed));
    m_form->setEnabled(true);
    setUnlessTyping(m_title, event.title);
    m_kind->setEditText(event.kind);
    setUnlessTyping(m_time,
                    event.time.isKnown()
                        ? (event.time.expression().isEmpty() ? event.time.toEdtf() : event.time.expression())
                        : QString());
    m_place->setCurrentIndex(std::max(0, m_place->findData(event.placeEntityId)));
    m_participants->clear();
    for (const EventParticipant &participant : event.participants) {
        auto *item = new QListWidgetItem(participantLabel(m_entityNames.value(participant.entityId), participant.role));
        item->setData(EntityIdRole, participant.entityId);
        item->setData(ParticipantRoleRole, participant.role);
        m_participants->addItem(item);
    }
    for (const auto &[field, text] :
         { std::pair { m_description, event.description }, std::pair { m_assessment, event.assessment } }) {
        if (!(field->hasFocus() && field->document()->isModified()))
            field->setPlainText(text);
    }
    m_credibility->setCurrentIndex(std::clamp(event.credibility, 0, 6));
    m_lane->setEditText(event.lane);
    setUnlessTyping(m_tags, event.tags.join(QStringLiteral(", ")));

    m_evidence->setRowCount(int(m_entry->evidence.size()));
    for (int row = 0; row < m_entry->evidence.size(); ++row) {
        const EvidenceItem &item = m_entry->evidence.at(row);
        auto *stance = new QTableWidgetItem(stanceName(item.evidence.stance));
        stance->setData(EvidenceIdRole, item.evidence.id);
        if (item.evidence.stance == Evidence::Stance::Contradicts)
            stance->setForeground(QColor(0xc6, 0x28, 0x28));
        m_evidence->setItem(row, 0, stance);
        // The quote, then where it is from: outlet (or title) and grade.
        const QString grade = reliabilityGradeLetter(item.grade);
        const QString decided
            = ChangeAttribution::describe(item.evidence.changedBy, item.evidence.changedAt, m_project->userName());
        const QString from = (item.outlet.isEmpty() ? item.sourceTitle : item.outlet)
            + (grade.isEmpty() ? QString() : tr(" · grade %1").arg(grade))
            + (decided.isEmpty() ? QString() : tr(" · changed %1").arg(decided));
        auto *passage = new QTableWidgetItem(QStringLiteral("“%1”\n— %2").arg(item.evidence.quote.simplified(), from));
        passage->setToolTip(
            QStringLiteral("%1\n%2").arg(item.sourceTitle, TimeValueText::describe(item.sourcePublished)));
        m_evidence->setItem(row, 1, passage);
    }
    m_evidence->resizeRowsToContents();

    QString corroboration = tr("%n independent source(s) support this event.", nullptr, m_entry->independentSources);
    for (const Conflict &conflict : m_entry->conflicts)
        corroboration
            += QStringLiteral("<br><span style='color:#c62828'>⚠ %1</span>").arg(conflict.description.toHtmlEscaped());
    m_corroboration->setText(corroboration);
    updateTimeReading();
    m_filling = false;
    updateEnabled();
}

void EventEditor::updateTimeReading()
{
    const QString text = m_time->text().trimmed();
    if (text.isEmpty()) {
        m_timeReading->setText(tr("<i>unknown time</i>"));
        return;
    }
    // The words a source used ("next week") are kept as the time's expression: they
    // read as the time they were resolved to, not as a typing error.
    if (m_entry && m_entry->event.time.isKnown() && text == m_entry->event.time.expression()) {
        const TimeValue &stored = m_entry->event.time;
        if (!std::holds_alternative<TimeValue>(TimeValueParser::parse(text))) {
            QString reading
                = tr("%1 · EDTF %2")
                      .arg(TimeValueText::describe(stored).toHtmlEscaped(), stored.toEdtf().toHtmlEscaped());
            if (!stored.anchor().isEmpty())
                reading += u' '
                    + tr("(from \u201c%1\u201d, against %2)")
                          .arg(text.toHtmlEscaped(), stored.anchor().toHtmlEscaped());
            else
                reading += u' ' + tr("(from \u201c%1\u201d)").arg(text.toHtmlEscaped());
            m_timeReading->setText(reading);
            return;
        }
    }
    const auto parsed = TimeValueParser::parse(text);
    if (const auto *error = std::get_if<TimeValueParser::Error>(&parsed)) {
        m_timeReading->setText(
            QStringLiteral("<span style='color:#c62828'>%1</span>").arg(error->message.toHtmlEscaped()));
        return;
    }
    const TimeValue &value = std::get<TimeValue>(parsed);
    m_timeReading->setText(
        tr("%1 · EDTF %2").arg(TimeValueText::describe(value).toHtmlEscaped(), value.toEdtf().toHtmlEscaped()));
}

std::optional<Event> EventEditor::eventFromForm() const
{
    if (!m_entry)
        return std::nullopt;
    Event event = m_entry->event;
    event.title = m_title->text().simplified();
    event.kind = m_kind->currentText().simplified();
    const QString timeText = m_time->text().trimmed();
    if (timeText.isEmpty()) {
        event.time = TimeValue::unknown();
    } else if (timeText != event.time.expression() && timeText != event.time.toEdtf()) {
        const auto parsed = TimeValueParser::parse(timeText);
        if (!std::holds_alternative<TimeValue>(parsed))
            return std::nullopt;
        event.time = std::get<TimeValue>(parsed);
    }
    event.placeEntityId = m_place->currentData().toLongLong();
    event.participants.clear();
    for (int row = 0; row < m_participants->count(); ++row) {
        const QListWidgetItem *item = m_participants->item(row);
        event.participants << EventParticipant { item->data(EntityIdRole).toLongLong(),
                                                 item->data(ParticipantRoleRole).toString() };
    }
    event.description = m_description->toPlainText().trimmed();
    event.assessment = m_assessment->toPlainText().trimmed();
    event.credibility = m_credibility->currentIndex();
    event.lane = m_lane->currentText().simplified();
    event.tags = splitTags(m_tags->text());
    event.tags.sort(Qt::CaseInsensitive);
    return event;
}

bool EventEditor::commit()
{
    if (m_filling || !m_entry || !m_project || !m_undoStack)
        return false;
    const std::optional<Event> event = eventFromForm();
    if (!event)
        return false;
    Event before = m_entry->event;
    before.tags.sort(Qt::CaseInsensitive);
    if (event->title.isEmpty()) {
        // An event needs a title; put the old one back rather than write an empty one.
        const QSignalBlocker blocker(m_title);
        m_title->setText(before.title);
        return false;
    }
    if (event->title == before.title && event->kind == before.kind && event->time == before.time
        && event->placeEntityId == before.placeEntityId && event->participants == before.participants
        && event->description == before.description && event->assessment == before.assessment
        && event->credibility == before.credibility && event->lane == before.lane && event->tags == before.tags)
        return false;
    // What was typed is written: the fields may be refilled from the project again.
    for (QLineEdit *field : { m_title, m_time, m_tags })
        field->setModified(false);
    m_description->document()->setModified(false);
    m_assessment->document()->setModified(false);
    // Written only over the event as the analyst saw it, not over another analyst's later edit.
    Event edited = *event;
    edited.changedAt = m_seenEventId == event->id ? m_seenChangedAt : 0;
    const int steps = m_undoStack->count();
    m_undoStack->push(new UpdateEventCommand(*m_project, *m_signals, edited));
    // Refused (another analyst changed the event meanwhile): show their version, not
    // what was typed over it; the message says what happened.
    if (m_undoStack->count() == steps)
        reload();
    return true;
}

bool EventEditor::addSelectionAsEvidence(Evidence::Stance stance)
{
    if (!m_entry || !m_project || !m_selection)
        return false;
    const std::optional<PassageSelection> selection = m_selection();
    if (!selection || selection->end <= selection->start) {
        m_heading->setText(tr("Select a passage in a source first, then add it as evidence."));
        return false;
    }
    const Result<QString> body = m_project->sources().body(selection->sourceId);
    if (!body) {
        m_heading->setText(tr("Cannot read the source: %1").arg(body.error().message));
        return false;
    }
    Evidence evidence;
    evidence.eventId = m_eventId;
    evidence.sourceId = selection->sourceId;
    evidence.start = selection->start;
    evidence.end = selection->end;
    evidence.quote = body->mid(selection->start, selection->end - selection->start);
    evidence.stance = stance;
    m_undoStack->push(new AddEvidenceCommand(*m_project, *m_signals, evidence));
    return true;
}

void EventEditor::addParticipant()
{
    if (!m_project)
        return;
    QStringList names;
    QHash<QString, qint64> ids;
    for (auto it = m_entityNames.constBegin(); it != m_entityNames.constEnd(); ++it) {
        names << it.value();
        ids.insert(it.value(), it.key());
    }
    names.sort(Qt::CaseInsensitive);
    bool chosen = false;
    const QString name = QInputDialog::getItem(this, tr("Add participant"), tr("Entity:"), names, 0, false, &chosen);
    if (!chosen || !ids.contains(name))
        return;
    const QString role = QInputDialog::getText(this, tr("Add participant"), tr("Role in this event (optional):"),
                                               QLineEdit::Normal, QString(), &chosen);
    if (!chosen)
        return;
    auto *item = new QListWidgetItem(participantLabel(name, role.simplified()));
    item->setData(EntityIdRole, ids.value(name));
    item->setData(ParticipantRoleRole, role.simplified());
    m_participants->addItem(item);
    commit();
}

void EventEditor::setRoleOfParticipant()
{
    QListWidgetItem *item = m_participants->currentItem();
    if (!item)
        return;
    bool chosen = false;
    const QString role = QInputDialog::getText(this, tr("Participant role"), tr("Role in this event:"),
                                               QLineEdit::Normal, item->data(ParticipantRoleRole).toString(), &chosen);
    if (!chosen)
        return;
    item->setData(ParticipantRoleRole, role.simplified());
    item->setText(participantLabel(m_entityNames.value(item->data(EntityIdRole).toLongLong()), role.simplified()));
    commit();
}

void EventEditor::removeParticipant()
{
    delete m_participants->currentItem();
    commit();
}

void EventEditor::setStanceOfEvidence(Evidence::Stance stance)
{
    const int row = m_evidence->currentRow();
    if (!m_entry || row < 0 || row >= m_entry->evidence.size())
        return;
    // Against the stance the table shows: a passage another analyst marked meanwhile is
    // not marked over (SetEvidenceStanceCommand).
    const Evidence &evidence = m_entry->evidence.at(row).evidence;
    if (evidence.stance != stance)
        m_undoStack->push(new SetEvidenceStanceCommand(*m_project, *m_signals, evidence.id, stance, evidence.stance));
}

void EventEditor::removeEvidence()
{
    const int row = m_evidence->currentRow();
    if (!m_entry || row < 0 || row >= m_entry->evidence.size())
        return;
    m_undoStack->push(new RemoveEvidenceCommand(*m_project, *m_signals, m_entry->evidence.at(row).evidence.id));
}

void EventEditor::evidenceClicked(int row)
{
    if (!m_entry || row < 0 || row >= m_entry->evidence.size())
        return;
    const Evidence &evidence = m_entry->evidence.at(row).evidence;
    emit passageRequested(evidence.sourceId, evidence.start, evidence.end - evidence.start);
}

void EventEditor::updateEnabled()
{
    const bool participant = m_participants->currentItem() != nullptr;
    m_participantRole->setEnabled(participant);
    m_removeParticipant->setEnabled(participant);
    const bool evidence = m_evidence->currentRow() >= 0;
    m_stance->setEnabled(evidence);
    m_removeEvidence->setEnabled(evidence);
}

bool EventEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_description || watched == m_assessment))
        commit();
    return QWidget::eventFilter(watched, event);
}

} // namespace annalist
