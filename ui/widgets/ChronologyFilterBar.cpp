// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyFilterBar.h"

#include "chronology/ChronologyFilter.h"
#include "chronology/FilterChoices.h"
#include "model/Event.h"
#include "model/TimeValueParser.h"
#include "storage/Project.h"
#include "ui/widgets/StorageLog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

#include <optional>

namespace annalist {

namespace {

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

void copyChoices(const QComboBox &from, QComboBox &to)
{
    const QSignalBlocker blocker(&to);
    to.clear();
    for (int i = 0; i < from.count(); ++i)
        to.addItem(from.itemText(i), from.itemData(i));
    to.setCurrentIndex(from.currentIndex());
}

} // namespace

ChronologyFilterBar::ChronologyFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_entity(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_lane(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_credibility(new QComboBox(this))
    , m_conflictsOnly(new QCheckBox(tr("Conflicts only"), this))
    , m_error(new QLabel(this))
    , m_secondRow(new QHBoxLayout)
    , m_textDelay(new QTimer(this))
{
    m_text->setPlaceholderText(tr("Filter chronology…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(150);
    m_entity->setToolTip(tr("Events with this entity as participant or place"));
    m_source->setToolTip(tr("Events with a passage from this source"));
    m_lane->setToolTip(tr("Events in this lane"));
    for (QComboBox *box : { m_entity, m_source, m_lane }) {
        box->setMinimumContentsLength(box == m_lane ? 6 : 8);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_from->setPlaceholderText(tr("from"));
    m_from->setToolTip(tr("Events that may have happened at or after this time (any form the time field takes)"));
    m_from->setMaximumWidth(110);
    m_to->setPlaceholderText(tr("to"));
    m_to->setToolTip(tr("Events that may have happened at or before this time"));
    m_to->setMaximumWidth(110);
    m_credibility->addItems({ tr("Any credibility"), tr("1 only"), tr("1–2"), tr("1–3"), tr("1–4"), tr("1–5") });
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_text, 0, 0);
    grid->addWidget(m_entity, 0, 1);
    grid->addWidget(m_source, 0, 2);
    grid->addWidget(m_lane, 0, 3);
    auto *timeLabel = new QLabel(tr("&Time:"), this);
    timeLabel->setBuddy(m_from);
    m_secondRow->addWidget(timeLabel);
    m_secondRow->addWidget(m_from);
    m_secondRow->addWidget(new QLabel(QStringLiteral("–"), this));
    m_secondRow->addWidget(m_to);
    m_secondRow->addSpacing(8);
    m_secondRow->addWidget(m_credibility);
    m_secondRow->addWidget(m_conflictsOnly);
    m_secondRow->addStretch();
    grid->addLayout(m_secondRow, 1, 0, 1, 4);
    grid->addWidget(m_error, 2, 0, 1, 4);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(3, 1);

    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(120);
    connect(m_textDelay, &QTimer::timeout, this, &ChronologyFilterBar::announce);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    for (QComboBox *box : { m_entity, m_source, m_lane, m_credibility })
        connect(box, &QComboBox::activated, this, &ChronologyFilterBar::announce);
    connect(m_from, &QLineEdit::editingFinished, this, &ChronologyFilterBar::announce);
    connect(m_to, &QLineEdit::editingFinished, this, &ChronologyFilterBar::announce);
    connect(m_conflictsOnly, &QCheckBox::toggled, this, &ChronologyFilterBar::announce);
}

ChronologyFilterBar::~ChronologyFilterBar() = default;

void ChronologyFilterBar::setProject(Project *project)
{
    m_project = project;
    const QSignalBlocker blockText(m_text);
    const QSignalBlocker blockConflicts(m_conflictsOnly);
    m_text->clear();
    m_from->clear();
    m_to->clear();
    m_credibility->setCurrentIndex(0);
    m_conflictsOnly->setChecked(false);
    for (QComboBox *box : { m_entity, m_source, m_lane }) {
        const QSignalBlocker blocker(box);
        box->clear();
    }
    refreshChoices();
    announce();
}

void ChronologyFilterBar::refreshChoices()
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
        if (const Result<FilterChoices> choices = FilterChoices::read(*m_project)) {
            for (const FilterChoices::Choice &entity : choices->entities)
                entities.append({ entity.label, entity.id });
            for (const FilterChoices::Choice &source : choices->sources)
                sources.append({ source.label, source.id });
            for (const QString &lane : choices->lanes)
                lanes.append({ lane, lane });
        } else {
            qCWarning(lcUiStorage) << "cannot list the choices to filter by:" << choices.error().message;
        }
    }
    refill(m_entity, tr("Any entity"), entities);
    refill(m_source, tr("Any source"), sources);
    refill(m_lane, tr("Any lane"), lanes);
}

void ChronologyFilterBar::copyFrom(const ChronologyFilterBar &other)
{
    m_project = other.m_project;
    {
        const QSignalBlocker blockText(m_text);
        const QSignalBlocker blockConflicts(m_conflictsOnly);
        m_text->setText(other.m_text->text());
        m_from->setText(other.m_from->text());
        m_to->setText(other.m_to->text());
        m_conflictsOnly->setChecked(other.m_conflictsOnly->isChecked());
        copyChoices(*other.m_entity, *m_entity);
        copyChoices(*other.m_source, *m_source);
        copyChoices(*other.m_lane, *m_lane);
        copyChoices(*other.m_credibility, *m_credibility);
    }
    announce();
}

ChronologyFilter ChronologyFilterBar::filter() const
{
    ChronologyFilter filter;
    filter.text = m_text->text();
    filter.entityId = m_entity->currentData().toLongLong();
    filter.sourceId = m_source->currentData().toLongLong();
    filter.lane = m_lane->currentData().toString();
    filter.credibilityAtLeast = m_credibility->currentIndex();
    filter.conflictsOnly = m_conflictsOnly->isChecked();
    filter.from = boundOf(m_from->text(), true).value_or(QDateTime());
    filter.to = boundOf(m_to->text(), false).value_or(QDateTime());
    return filter;
}

QString ChronologyFilterBar::problem() const
{
    QStringList errors;
    if (!boundOf(m_from->text(), true))
        errors << tr("“%1” is not a time the range can start at.").arg(m_from->text());
    if (!boundOf(m_to->text(), false))
        errors << tr("“%1” is not a time the range can end at.").arg(m_to->text());
    return errors.join(QLatin1Char(' '));
}

void ChronologyFilterBar::addTrailingWidget(QWidget *widget)
{
    m_secondRow->addWidget(widget);
}

void ChronologyFilterBar::announce()
{
    m_textDelay->stop();
    const QString error = problem();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    emit filterChanged();
}

} // namespace annalist
