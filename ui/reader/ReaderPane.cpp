// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReaderPane.h"

#include "FindBar.h"
#include "ReaderView.h"
#include "SourceTabs.h"
#include "ui/entities/EntityCard.h"
#include "ui/widgets/ChangeAttribution.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/StorageLog.h"

#include "analysis/SpanSnapper.h"
#include "model/TimeValueText.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/MentionSpanReader.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/TimexRepository.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLoggingCategory>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace annalist {

Q_LOGGING_CATEGORY(lcReader, "annalist.ui.reader", QtWarningMsg)

namespace {

// Sources with more mentions than this are refreshed on screen first (see reloadMentions).
constexpr qsizetype manyMentions = 3000;
// The pause in editing after which the whole of a large source is read again.
constexpr int fullReloadDelay = 200;

QString describeRole(const EntityRole &role)
{
    QString text = role.title;
    if (!role.organisation.isEmpty())
        text = ReaderPane::tr("%1, %2").arg(text, role.organisation);
    const bool from = role.from.isKnown();
    const bool to = role.to.isKnown();
    if (from && to)
        text = ReaderPane::tr("%1, %2 to %3")
                   .arg(text, TimeValueText::describe(role.from), TimeValueText::describe(role.to));
    else if (from)
        text = ReaderPane::tr("%1, from %2").arg(text, TimeValueText::describe(role.from));
    else if (to)
        text = ReaderPane::tr("%1, until %2").arg(text, TimeValueText::describe(role.to));
    return text;
}

} // namespace

ReaderPane::ReaderPane(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_spans(std::make_unique<MentionSpanReader>(project.database()))
    , m_fullReload(new QTimer(this))
    , m_accent(new QWidget(this))
    , m_swatch(new QWidget(this))
    , m_title(new ElidedLabel(this))
    , m_details(new ElidedLabel(this))
    , m_closeButton(new QToolButton(this))
    , m_view(new ReaderView(this))
    , m_tabs(new SourceTabs(m_view, &m_mentions, this))
    , m_findBar(new FindBar(m_view, this))
{
    setObjectName(QStringLiteral("readerPane"));
    setFocusProxy(m_view);

    // Explicit roles: a child would otherwise paint with the header's Base role.
    m_accent->setFixedHeight(3);
    m_accent->setBackgroundRole(QPalette::Window);
    m_accent->setAutoFillBackground(true);
    m_swatch->setFixedSize(10, 10);
    m_swatch->setBackgroundRole(QPalette::Window);
    m_swatch->setAutoFillBackground(true);
    m_swatch->hide();

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("paneTitle"));
    m_details->setObjectName(QStringLiteral("paneDetails"));
    m_details->setForegroundRole(QPalette::PlaceholderText);

    m_closeButton->setAutoRaise(true);
    m_closeButton->setText(QStringLiteral("✕"));
    m_closeButton->setToolTip(tr("Close this pane"));
    m_closeButton->setFocusPolicy(Qt::NoFocus);
    connect(m_closeButton, &QToolButton::clicked, this, &ReaderPane::closeRequested);

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("paneHeader"));
    header->setBackgroundRole(QPalette::Base);
    header->setAutoFillBackground(true);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(6);
    titleRow->addWidget(m_swatch, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_closeButton, 0, Qt::AlignTop);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(14, 8, 6, 8);
    headerLayout->setSpacing(2);
    headerLayout->addLayout(titleRow);
    headerLayout->addWidget(m_details);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_accent);
    layout->addWidget(header);
    layout->addWidget(rule);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_findBar);

    m_view->setMentionHighlighter(&m_mentions);
    m_view->addHighlighter(&m_compared);
    m_view->setTimeHighlighter(&m_times);
    m_view->setCardProvider([this](qint64 mentionId) { return card(mentionId); });
    m_view->setTimeCardProvider([this](qint64 timexId) { return timeCard(timexId); });
    connect(m_view, &ReaderView::activated, this, [this] { emit activated(this); });
    connect(m_view, &ReaderView::annotateRequested, this, &ReaderPane::annotateRequested);
    connect(m_view, &ReaderView::acceptRequested, this, &ReaderPane::acceptRequested);
    connect(m_view, &ReaderView::rejectRequested, this, &ReaderPane::rejectRequested);
    connect(m_view, &ReaderView::removeRequested, this, &ReaderPane::removeRequested);
    connect(m_view, &ReaderView::acceptTimeRequested, this, &ReaderPane::acceptTimeRequested);
    connect(m_view, &ReaderView::rejectTimeRequested, this, &ReaderPane::rejectTimeRequested);

    m_fullReload->setSingleShot(true);
    m_fullReload->setInterval(fullReloadDelay);
    connect(m_fullReload, &QTimer::timeout, this, &ReaderPane::reloadAllMentions);

    createActions();
    updateBaseColor();
    updateAccent();
    clear();
}

ReaderPane::~ReaderPane()
{
    // The view outlives the highlighters it points to by a moment.
    m_view->setMentionHighlighter(nullptr);
    m_view->removeHighlighter(&m_compared);
    m_view->setTimeHighlighter(nullptr);
}

void ReaderPane::createActions()
{
    auto *find = new QAction(tr("&Find in Source…"), this);
    find->setShortcuts(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_findBar, &FindBar::open);
    addAction(find);

    auto *next = new QAction(tr("Find &Next"), this);
    next->setShortcuts(QKeySequence::FindNext);
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, [this] {
        if (m_findBar->isHidden())
            m_findBar->open();
        else
            m_findBar->findNext();
    });
    addAction(next);

    auto *previous = new QAction(tr("Find &Previous"), this);
    previous->setShortcuts(QKeySequence::FindPrevious);
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    addAction(previous);
}

bool ReaderPane::showSource(qint64 sourceId)
{
    Result<Source> source = m_project.sources().find(sourceId);
    if (!source) {
        qCWarning(lcReader) << "cannot show source" << sourceId << source.error().message;
        return false;
    }
    m_sourceId = sourceId;
    m_published = source->published;
    showHeader(*source);
    m_view->setText(source->body);
    m_tabs->setSource(*source);
    m_compared.clear();
    if (!m_entitiesLoaded)
        loadEntities();
    reloadAllMentions();
    m_findBar->refresh();
    return true;
}

void ReaderPane::showHeader(const Source &source)
{
    m_title->setFullText(source.title.isEmpty() ? tr("Untitled source") : source.title);
    QStringList details;
    if (!source.outlet.isEmpty())
        details << source.outlet;
    if (!source.author.isEmpty())
        details << tr("by %1").arg(source.author);
    details << (source.published.isKnown() ? TimeValueText::describe(source.published) : tr("undated"));
    if (source.reliability != ReliabilityGrade::Unrated)
        details << tr("grade %1").arg(reliabilityGradeLetter(source.reliability));
    else
        details << tr("ungraded");
    m_details->setFullText(details.join(QStringLiteral("  ·  ")));
}

void ReaderPane::reloadHeader()
{
    if (m_sourceId == 0)
        return;
    if (const Result<Source> source = m_project.sources().find(m_sourceId)) {
        m_published = source->published;
        showHeader(*source);
    } else
        qCWarning(lcReader) << "cannot read source" << m_sourceId << source.error().message;
}

void ReaderPane::clear()
{
    m_sourceId = 0;
    m_fullReload->stop();
    m_title->setFullText(tr("No source"));
    m_details->setFullText(tr("Choose a source in the library to read it here."));
    m_view->setText({});
    m_tabs->clearSource();
    m_mentions.clear();
    m_compared.clear();
    m_times.clear();
    m_timexes.clear();
    m_published = {};
    m_findBar->refresh();
}

QString ReaderPane::title() const
{
    return m_sourceId ? m_title->fullText() : QString();
}

const QString &ReaderPane::text() const
{
    return m_view->text();
}

void ReaderPane::revealRange(int start, int length)
{
    m_view->revealRange(start, start + std::max(0, length));
}

std::pair<int, int> ReaderPane::selection() const
{
    const QTextCursor cursor = m_view->textCursor();
    if (!cursor.hasSelection())
        return { cursor.position(), cursor.position() };
    // Only the paragraphs of the selection go to the snapper: it analyses all the text
    // it gets, and a paragraph's edges are word boundaries anyway.
    const QTextDocument *document = m_view->document();
    const int from = document->findBlock(cursor.selectionStart()).position();
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    const int to = std::min(int(text().size()), last.position() + last.length());
    const QString paragraphs = text().mid(from, to - from);
    const auto [start, end]
        = SpanSnapper::snapToWords(paragraphs, cursor.selectionStart() - from, cursor.selectionEnd() - from);
    return { from + start, from + end };
}

qint64 ReaderPane::mentionAtCursor() const
{
    return m_view->mentionAtCursor();
}

void ReaderPane::loadEntities()
{
    Result<QList<EntityType>> types = m_project.entities().types();
    Result<QList<Entity>> entities = m_project.entities().list();
    if (!types || !entities) {
        qCWarning(lcReader) << "cannot read the entities:"
                            << (types ? entities.error().message : types.error().message);
        return;
    }
    m_types = std::move(*types);
    m_entities.clear();
    m_entityTypes.clear();
    for (Entity &entity : *entities) {
        m_entityTypes.insert(entity.id, entity.typeId);
        m_entities.insert(entity.id, std::move(entity));
    }
    m_mentions.setTypes(m_types);
    m_entitiesLoaded = true;
}

void ReaderPane::reloadEntities()
{
    loadEntities();
    reloadAllMentions();
}

void ReaderPane::reloadMentions()
{
    if (m_sourceId == 0 || m_mentions.size() < manyMentions) {
        reloadAllMentions();
        return;
    }
    // Reading 20,000 mentions takes longer than a keystroke should: what is on screen
    // now, so that the edit shows at once, and everything once the edits pause.
    const auto [first, last] = m_view->visibleRange();
    const int from = std::max(0, first - m_mentions.longestMention());
    Result<QList<Mention>> mentions = m_spans->listStartingIn(m_sourceId, from, last);
    if (mentions) {
        ensureEntitiesOf(*mentions);
        m_mentions.replaceRange(from, last, *mentions, m_entityTypes);
        m_view->refreshHighlights();
    } else {
        qCWarning(lcReader) << "cannot read the mentions of source" << m_sourceId << mentions.error().message;
    }
    // Times are few: all of them, so that accepting one shows at once.
    reloadTimes();
    m_view->refreshHighlights();
    m_fullReload->start();
}

void ReaderPane::reloadAllMentions()
{
    m_fullReload->stop();
    if (m_sourceId == 0) {
        m_mentions.clear();
        m_view->refreshHighlights();
        return;
    }
    Result<QList<Mention>> mentions = m_spans->list(m_sourceId);
    if (!mentions) {
        qCWarning(lcReader) << "cannot read the mentions of source" << m_sourceId << mentions.error().message;
        return;
    }
    ensureEntitiesOf(*mentions);
    m_mentions.setMentions(*mentions, m_entityTypes);
    reloadTimes();
    m_view->refreshHighlights();
}

void ReaderPane::reloadTimes()
{
    QList<HighlightSpan> spans;
    m_timexes.clear();
    if (m_sourceId != 0) {
        const auto timexes = m_project.timexes().listForSource(m_sourceId);
        if (!timexes) {
            qCWarning(lcReader) << "cannot read the time expressions of source" << m_sourceId
                                << timexes.error().message;
        } else {
            // Times are marked apart from entities: an outline in one colour, dotted while
            // only proposed.
            const QColor color(0xd9, 0x77, 0x06);
            for (const Timex &timex : *timexes) {
                if (timex.status == Mention::Status::Rejected)
                    continue;
                m_timexes.insert(timex.id, timex);
                spans.append(
                    { timex.start, timex.end, color,
                      timex.status == Mention::Status::Candidate ? HighlightSpan::Dotted : HighlightSpan::Outline,
                      timex.id });
            }
        }
    }
    m_times.setSpans(spans);
}

bool ReaderPane::isReloadPending() const
{
    return m_fullReload->isActive();
}

void ReaderPane::ensureEntitiesOf(const QList<Mention> &mentions)
{
    const bool unknownEntity = std::any_of(mentions.cbegin(), mentions.cend(), [this](const Mention &mention) {
        return !m_entityTypes.contains(mention.entityId);
    });
    if (unknownEntity)
        loadEntities();
}

void ReaderPane::setTypeVisible(const QString &typeName, bool visible)
{
    m_mentions.setTypeVisible(typeName, visible);
    m_view->refreshHighlights();
}

bool ReaderPane::isTypeVisible(const QString &typeName) const
{
    return m_mentions.isTypeVisible(typeName);
}

void ReaderPane::setComparedPassages(const QList<HighlightSpan> &spans)
{
    m_compared.setSpans(spans);
    m_view->refreshHighlights();
}

void ReaderPane::setCompareColor(const QColor &color)
{
    m_swatch->setVisible(color.isValid());
    if (color.isValid()) {
        QPalette palette = m_swatch->palette();
        palette.setColor(QPalette::Window, color);
        m_swatch->setPalette(palette);
        m_swatch->setToolTip(tr("Passages of this source are marked in this colour in the other panes"));
    }
}

void ReaderPane::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    updateAccent();
}

void ReaderPane::setContextActions(const QList<QAction *> &actions)
{
    m_view->setContextActions(actions);
}

void ReaderPane::setColorThemes(ColorThemes *themes)
{
    m_tabs->setColorThemes(themes);
}

std::optional<EntityCard> ReaderPane::card(qint64 mentionId) const
{
    const MentionHighlighter::Entry *entry = m_mentions.entry(mentionId);
    if (!entry)
        return std::nullopt;
    EntityCard card;
    card.typeName = m_mentions.typeName(entry->typeId);
    card.typeColor = m_mentions.typeColor(entry->typeId);
    card.status = entry->status;
    card.mentionsInSource = m_mentions.mentionCount(entry->entityId);
    if (entry->status != Mention::Status::Candidate) {
        // Read when the card is asked for: who decided may have changed since the pane loaded.
        if (const auto mention = m_project.mentions().find(mentionId))
            card.decided = ChangeAttribution::describe(mention->changedBy, mention->changedAt, m_project.userName());
        else
            qCWarning(lcUiStorage, "Cannot read who decided on mention %lld: %s", mentionId,
                      qPrintable(mention.error().message));
    }
    if (const auto it = m_entities.constFind(entry->entityId); it != m_entities.cend()) {
        card.canonicalName = it->canonicalName;
        card.aliases = it->aliases;
        for (const EntityRole &role : it->roles)
            card.roles << describeRole(role);
    } else {
        card.canonicalName = text().mid(entry->start, entry->end - entry->start);
    }
    return card;
}

std::optional<TimeCard> ReaderPane::timeCard(qint64 timexId) const
{
    const auto it = m_timexes.constFind(timexId);
    if (it == m_timexes.cend())
        return std::nullopt;
    TimeCard card;
    card.expression = timeQuote(timexId);
    card.type = it->type;
    card.value = it->value;
    card.meaning = it->resolved.isKnown() ? TimeValueText::describe(it->resolved) : QString();
    card.anchor = m_published.isKnown() ? TimeValueText::describe(m_published) : QString();
    card.status = it->status;
    return card;
}

QString ReaderPane::timeQuote(qint64 timexId) const
{
    const auto it = m_timexes.constFind(timexId);
    return it == m_timexes.cend() ? QString() : text().mid(it->start, it->end - it->start);
}

qint64 ReaderPane::timeAtCursor() const
{
    return m_view->timeAtCursor();
}

void ReaderPane::mousePressEvent(QMouseEvent *event)
{
    emit activated(this);
    QWidget::mousePressEvent(event);
}

void ReaderPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // The view may get its new palette after this pane does; read it once it has.
        QTimer::singleShot(0, this, [this] {
            updateBaseColor();
            updateAccent();
        });
    }
}

void ReaderPane::updateBaseColor()
{
    m_mentions.setBaseColor(m_view->palette().color(QPalette::Base));
    m_view->refreshHighlights();
}

void ReaderPane::updateAccent()
{
    QPalette palette = m_accent->palette();
    palette.setColor(QPalette::Window,
                     m_current ? this->palette().color(QPalette::Highlight) : this->palette().color(QPalette::Base));
    m_accent->setPalette(palette);
}

} // namespace annalist
