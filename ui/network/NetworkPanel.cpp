// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkPanel.h"

#include "NetworkView.h"
#include "chronology/ChronologyLoader.h"
#include "network/NetworkPositionStore.h"
#include "network/NetworkQueries.h"
#include "network/NetworkWriter.h"
#include "storage/EntityRepository.h"
#include "storage/Project.h"
#include "storage/ProjectSignals.h"
#include "ui/theming/ReaderTheme.h"
#include "ui/widgets/ChronologyFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace annalist {

namespace {

QToolButton *button(QWidget *parent, const QString &text, const QString &tip, const QKeySequence &shortcut = {})
{
    auto *result = new QToolButton(parent);
    result->setText(text);
    result->setToolTip(
        shortcut.isEmpty() ? tip : tip + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) + u')');
    if (!shortcut.isEmpty())
        result->setShortcut(shortcut);
    result->setAutoRaise(true);
    return result;
}

QString stanceWord(Evidence::Stance stance)
{
    switch (stance) {
    case Evidence::Stance::Supports:
        return NetworkPanel::tr("supports");
    case Evidence::Stance::Contradicts:
        return NetworkPanel::tr("contradicts");
    case Evidence::Stance::Mentions:
        return NetworkPanel::tr("mentions");
    }
    return {};
}

} // namespace

NetworkPanel::NetworkPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new ChronologyFilterBar(this))
    , m_layout(new QComboBox(this))
    , m_eventNodes(new QCheckBox(tr("Events as &nodes"), this))
    , m_coMentions(new QCheckBox(tr("&Co-mentions"), this))
    , m_roles(new QCheckBox(tr("&Roles"), this))
    , m_asOfEnabled(new QCheckBox(tr("As it stood &on"), this))
    , m_asOf(new QSlider(Qt::Horizontal, this))
    , m_asOfLabel(new QLabel(this))
    , m_steps(new QSpinBox(this))
    , m_view(new NetworkView(this))
    , m_passages(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_reloadDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("networkPanel"));
    m_layout->addItem(tr("Network (sfdp)"), QStringLiteral("sfdp"));
    m_layout->addItem(tr("Network (neato)"), QStringLiteral("neato"));
    m_layout->addItem(tr("Hierarchy of organisations (dot)"), QStringLiteral("dot"));
    m_layout->setToolTip(tr("How nodes without a place are laid out; the hierarchy keeps positions of its own"));
    m_layout->setAccessibleName(tr("Layout"));
    m_roles->setChecked(true);
    m_coMentions->setToolTip(tr("Also link entities named in one sentence of a source (a weaker link, dotted)"));
    m_eventNodes->setToolTip(tr("Show events as nodes linked to their participants and place"));
    m_asOf->setEnabled(false);
    m_asOf->setAccessibleName(tr("Date of the network"));
    m_asOf->setToolTip(tr("The network as it stood on this date: events begun and passages reported by then"));
    m_asOfLabel->setMinimumWidth(90);
    m_steps->setRange(1, 6);
    m_steps->setValue(1);
    m_steps->setPrefix(tr("steps: "));
    m_steps->setAccessibleName(tr("Neighbourhood steps"));
    m_passages->setColumnCount(3);
    m_passages->setHeaderLabels({ tr("Source"), tr("Stance"), tr("Passage") });
    m_passages->setRootIsDecorated(false);
    m_passages->setAccessibleName(tr("Passages behind the link"));
    m_passages->header()->setStretchLastSection(true);
    m_reloadDelay->setSingleShot(true);
    m_reloadDelay->setInterval(300);

    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("&Layout:"), this));
    static_cast<QLabel *>(options->itemAt(0)->widget())->setBuddy(m_layout);
    options->addWidget(m_layout);
    options->addWidget(m_roles);
    options->addWidget(m_eventNodes);
    options->addWidget(m_coMentions);
    options->addSpacing(12);
    options->addWidget(m_asOfEnabled);
    options->addWidget(m_asOf, 1);
    options->addWidget(m_asOfLabel);

    auto *actions = new QHBoxLayout;
    QToolButton *fit
        = button(this, tr("Fit"), tr("Show the whole chart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0));
    QToolButton *layoutNew
        = button(this, tr("Lay Out"), tr("Lay the chart out again, leaving nodes moved by hand where they are"));
    QToolButton *layoutAll
        = button(this, tr("Lay Out All"), tr("Lay the whole chart out again, nodes moved by hand too"));
    QToolButton *neighbourhood
        = button(this, tr("Neighbourhood"), tr("Show only what lies within the steps of the selected node"),
                 QKeySequence(Qt::ALT | Qt::Key_B));
    QToolButton *shortest
        = button(this, tr("Shortest Connection"), tr("Show the shortest connection between the two selected nodes"),
                 QKeySequence(Qt::ALT | Qt::Key_P));
    QToolButton *hide = button(this, tr("Hide"), tr("Hide the selected nodes"), QKeySequence(Qt::ALT | Qt::Key_H));
    QToolButton *merge
        = button(this, tr("Merge"), tr("Fold the selected nodes into the first one selected, on this chart only"),
                 QKeySequence(Qt::ALT | Qt::Key_M));
    QToolButton *all = button(this, tr("Show All"), tr("Show hidden and merged nodes again, everything in full"),
                              QKeySequence(Qt::ALT | Qt::Key_A));
    QToolButton *exportButton
        = button(this, tr("Export…"), tr("Write the chart as SVG, PDF, GraphML, GEXF or Graphviz dot"));
    for (QWidget *widget : std::initializer_list<QWidget *> { fit, layoutNew, layoutAll, neighbourhood, m_steps,
                                                              shortest, hide, merge, all, exportButton })
        actions->addWidget(widget);
    actions->addStretch(1);
    actions->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_passages);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addLayout(options);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_filter, &ChronologyFilterBar::filterChanged, this, &NetworkPanel::rebuild);
    for (QCheckBox *box : { m_eventNodes, m_coMentions, m_roles })
        connect(box, &QCheckBox::toggled, this, &NetworkPanel::rebuild);
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] {
        if (m_project) {
            const auto kept = NetworkPositionStore(*m_project).load(chartName());
            m_kept = kept ? *kept : NetworkPlacements {};
        }
        rebuild();
    });
    connect(m_asOfEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_asOf->setEnabled(on);
        updateAsOfLabel();
        rebuild();
    });
    connect(m_asOf, &QSlider::valueChanged, this, [this] {
        updateAsOfLabel();
        rebuild();
    });
    connect(fit, &QToolButton::clicked, m_view, &NetworkView::fitAll);
    connect(layoutNew, &QToolButton::clicked, this, [this] { relayout(false); });
    connect(layoutAll, &QToolButton::clicked, this, [this] { relayout(true); });
    connect(neighbourhood, &QToolButton::clicked, this, &NetworkPanel::showNeighbourhood);
    connect(shortest, &QToolButton::clicked, this, &NetworkPanel::showShortestConnection);
    connect(hide, &QToolButton::clicked, this, &NetworkPanel::hideSelected);
    connect(merge, &QToolButton::clicked, this, &NetworkPanel::mergeSelected);
    connect(all, &QToolButton::clicked, this, &NetworkPanel::showEverything);
    connect(exportButton, &QToolButton::clicked, this, &NetworkPanel::exportChart);
    connect(m_view, &NetworkView::linkSelected, this, &NetworkPanel::showPassagesOfLink);
    connect(m_view, &NetworkView::linkActivated, this, [this](int link) {
        showPassagesOfLink(link);
        m_passages->setFocus();
        if (m_passages->topLevelItemCount() > 0)
            m_passages->setCurrentItem(m_passages->topLevelItem(0));
    });
    connect(m_view, &NetworkView::nodeActivated, this, &NetworkPanel::showPassagesOfNode);
    connect(m_view, &NetworkView::nodeMoved, this, &NetworkPanel::saveMoved);
    connect(m_passages, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit passageRequested(item->data(0, Qt::UserRole).toLongLong(), item->data(1, Qt::UserRole).toInt(),
                              item->data(2, Qt::UserRole).toInt());
    });
    connect(m_reloadDelay, &QTimer::timeout, this, &NetworkPanel::reload);
    setStatus(QString());
}

NetworkPanel::~NetworkPanel()
{
    m_worker.cancel();
    m_worker.wait();
}

void NetworkPanel::setProject(Project *project)
{
    m_worker.wait();
    m_project = project;
    m_filter->setProject(project);
    m_hidden.clear();
    m_merged.clear();
    m_kept.clear();
    m_types.clear();
    if (project) {
        const auto kept = NetworkPositionStore(*project).load(chartName());
        if (kept)
            m_kept = *kept;
        const auto types = project->entities().types();
        if (types)
            m_types = *types;
    }
    applyTheme();
    reload();
    m_view->fitAll();
}

void NetworkPanel::setProjectSignals(ProjectSignals *projectSignals)
{
    if (m_signals)
        disconnect(m_signals, nullptr, this, nullptr);
    m_signals = projectSignals;
    if (!m_signals)
        return;
    const auto later = [this] {
        m_reloadDelay->start();
    };
    connect(m_signals, &ProjectSignals::eventsChanged, this, later);
    connect(m_signals, &ProjectSignals::eventRemoved, this, later);
    connect(m_signals, &ProjectSignals::evidenceChanged, this, later);
    connect(m_signals, &ProjectSignals::entitiesChanged, this, [this, later] {
        m_filter->refreshChoices();
        if (m_project) {
            const auto types = m_project->entities().types();
            if (types)
                m_types = *types;
        }
        applyTheme();
        later();
    });
    connect(m_signals, &ProjectSignals::mentionsChanged, this, later);
    connect(m_signals, &ProjectSignals::sourcesChanged, this, later);
}

void NetworkPanel::setTheme(const ReaderTheme &theme)
{
    m_theme = theme;
    applyTheme();
}

void NetworkPanel::applyTheme()
{
    const bool builtIn = m_theme.isBuiltIn();
    NetworkStyle style = NetworkStyle::fromTypes(m_theme.recolored(m_types));
    style.background = builtIn ? palette().color(QPalette::Base) : m_theme.background;
    style.text = builtIn ? palette().color(QPalette::Text) : m_theme.text;
    if (style.background.lightnessF() < 0.5)
        style.link = QColor(0xa0, 0xa0, 0xaa);
    style.selection = builtIn ? palette().color(QPalette::Highlight) : m_theme.selection;
    m_view->setChartStyle(style);
}

NetworkOptions NetworkPanel::options() const
{
    NetworkOptions result;
    result.filter = m_filter->filter();
    result.eventNodes = m_eventNodes->isChecked();
    result.coMentions = m_coMentions->isChecked();
    result.roles = m_roles->isChecked();
    if (m_asOfEnabled->isChecked() && m_firstDay.isValid())
        result.asOf = QDateTime(m_firstDay.addDays(m_asOf->value()), QTime(23, 59, 59), QTimeZone::utc());
    return result;
}

QString NetworkPanel::chartName() const
{
    return engine() == NetworkLayout::Engine::Dot ? QStringLiteral("hierarchy") : QStringLiteral("network");
}

NetworkLayout::Engine NetworkPanel::engine() const
{
    NetworkLayout::Engine result = NetworkLayout::Engine::Sfdp;
    NetworkLayout::engineFromName(m_layout->currentData().toString(), &result);
    return result;
}

void NetworkPanel::reload()
{
    m_chronology.clear();
    if (m_project) {
        ChronologyLoader loader(*m_project);
        const auto loaded = loader.load();
        if (loaded)
            m_chronology = *loaded;
        else
            setStatus(loaded.error().message);
    }
    updateTimeRange();
    rebuild();
}

void NetworkPanel::updateTimeRange()
{
    QDate first;
    QDate last;
    for (const ChronologyEntry &entry : std::as_const(m_chronology)) {
        for (const QDateTime &bound : { entry.event.time.earliest(), entry.event.time.latest() }) {
            if (!bound.isValid())
                continue;
            const QDate day = bound.date();
            first = first.isValid() ? std::min(first, day) : day;
            last = last.isValid() ? std::max(last, day) : day;
        }
    }
    m_firstDay = first;
    const QSignalBlocker blocker(m_asOf);
    const int span = first.isValid() ? int(first.daysTo(last)) : 0;
    const bool atEnd = m_asOf->value() == m_asOf->maximum();
    m_asOf->setRange(0, span);
    m_asOf->setPageStep(std::max(1, span / 12));
    if (atEnd)
        m_asOf->setValue(span);
    m_asOfEnabled->setEnabled(first.isValid());
    updateAsOfLabel();
}

void NetworkPanel::updateAsOfLabel()
{
    if (!m_firstDay.isValid() || !m_asOfEnabled->isChecked()) {
        m_asOfLabel->setText(tr("any date"));
        return;
    }
    m_asOfLabel->setText(QLocale().toString(m_firstDay.addDays(m_asOf->value()), QLocale::ShortFormat));
}

void NetworkPanel::rebuild()
{
    if (!m_project) {
        m_graph = {};
        m_view->setChart(m_graph, {});
        setStatus(QString());
        return;
    }
    NetworkBuilder builder(*m_project);
    const Result<NetworkGraph> built = builder.build(m_chronology, options());
    if (!built) {
        setStatus(built.error().message);
        return;
    }
    m_graph = NetworkQueries::without(NetworkQueries::merged(*built, m_merged), m_hidden);
    // Where nodes stand now (dragged included) goes before what the project kept.
    NetworkPlacements shown = m_kept;
    const NetworkPlacements current = m_view->placements();
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        shown.insert(it.key(), *it);
    m_view->setChart(m_graph, shown);
    m_view->setEmphasis({}, {});
    bool complete = true;
    for (const NetworkNode &node : std::as_const(m_graph.nodes))
        complete = complete && shown.contains(node.key());
    setStatus(QString());
    if (!complete)
        startLayout(NetworkLayout::Scope::NewNodes);
}

void NetworkPanel::relayout(bool handMovedToo)
{
    startLayout(handMovedToo ? NetworkLayout::Scope::All : NetworkLayout::Scope::AllButMoved);
}

void NetworkPanel::startLayout(NetworkLayout::Scope scope)
{
    if (m_worker.isRunning()) {
        m_layoutPending = true;
        m_pendingScope = scope;
        return;
    }
    m_layoutPending = false;
    const quint64 generation = ++m_generation;
    NetworkPlacements kept = m_kept;
    const NetworkPlacements current = m_view->placements();
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (m_kept.contains(it.key()) || it->moved)
            kept.insert(it.key(), *it);
    }
    const NetworkGraph graph = m_graph;
    const NetworkLayout::Engine chosen = engine();
    setStatus(tr("Laying out…"));
    m_worker.start(QStringLiteral("network layout"), QThread::LowPriority, [=, this] {
        auto result
            = std::make_shared<Result<NetworkPlacements, QString>>(NetworkLayout::run(graph, kept, chosen, scope));
        QMetaObject::invokeMethod(
            this, [this, generation, result] { layoutDone(generation, *result); }, Qt::QueuedConnection);
    });
}

bool NetworkPanel::waitForLayout(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (isLayingOut() && timer.elapsed() < timeoutMs) {
        m_worker.wait(50);
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    return !isLayingOut();
}

void NetworkPanel::layoutDone(quint64 generation, const Result<NetworkPlacements, QString> &result)
{
    m_worker.wait();
    if (m_layoutPending) {
        startLayout(m_pendingScope);
        return;
    }
    if (generation != m_generation)
        return;
    if (!result) {
        setStatus(result.error());
        return;
    }
    for (auto it = result->cbegin(); it != result->cend(); ++it)
        m_kept.insert(it.key(), *it);
    if (m_project) {
        if (Status saved = NetworkPositionStore(*m_project).save(chartName(), *result); !saved)
            setStatus(saved.error().message);
    }
    m_view->setChart(m_graph, m_kept);
    setStatus(QString());
}

void NetworkPanel::saveMoved(const QString &key, const QPointF &position)
{
    m_kept.insert(key, NodePlacement { position, true });
    if (m_project) {
        if (Status saved = NetworkPositionStore(*m_project).move(chartName(), key, position); !saved)
            setStatus(saved.error().message);
    }
}

void NetworkPanel::showNeighbourhood()
{
    const QList<int> selected = m_view->selectedNodes();
    if (selected.isEmpty()) {
        setStatus(tr("Select a node first"));
        return;
    }
    const QSet<int> nodes = NetworkQueries::neighbourhood(m_graph, selected.last(), m_steps->value());
    QSet<int> links;
    for (int i = 0; i < m_graph.links.size(); ++i) {
        if (nodes.contains(m_graph.links.at(i).from) && nodes.contains(m_graph.links.at(i).to))
            links.insert(i);
    }
    m_view->setEmphasis(nodes, links);
    setStatus(tr("%n node(s) within reach", nullptr, int(nodes.size())));
}

void NetworkPanel::showShortestConnection()
{
    const QList<int> selected = m_view->selectedNodes();
    if (selected.size() < 2) {
        setStatus(tr("Select two nodes (Ctrl+click)"));
        return;
    }
    const QList<int> path
        = NetworkQueries::shortestConnection(m_graph, selected.at(selected.size() - 2), selected.last());
    if (path.isEmpty()) {
        m_view->setEmphasis({}, {});
        setStatus(tr("These two are not connected"));
        return;
    }
    const QList<int> links = NetworkQueries::linksAlong(m_graph, path);
    m_view->setEmphasis(QSet<int>(path.cbegin(), path.cend()), QSet<int>(links.cbegin(), links.cend()));
    setStatus(tr("Connected in %n step(s)", nullptr, int(path.size() - 1)));
}

void NetworkPanel::hideSelected()
{
    for (int node : m_view->selectedNodes())
        m_hidden.insert(m_graph.nodes.at(node).key());
    rebuild();
}

void NetworkPanel::mergeSelected()
{
    const QList<int> selected = m_view->selectedNodes();
    if (selected.size() < 2) {
        setStatus(tr("Select two nodes or more (Ctrl+click)"));
        return;
    }
    const QString into = m_graph.nodes.at(selected.first()).key();
    for (int i = 1; i < selected.size(); ++i)
        m_merged.insert(m_graph.nodes.at(selected.at(i)).key(), into);
    rebuild();
}

void NetworkPanel::showEverything()
{
    m_hidden.clear();
    m_merged.clear();
    rebuild();
}

void NetworkPanel::showPassagesOfLink(int link)
{
    m_passages->clear();
    if (link < 0 || link >= m_graph.links.size())
        return;
    for (const LinkPassage &passage : m_graph.links.at(link).passages) {
        auto *item = new QTreeWidgetItem(
            m_passages, { passage.sourceTitle, stanceWord(passage.stance), passage.quote.simplified() });
        item->setData(0, Qt::UserRole, passage.sourceId);
        item->setData(1, Qt::UserRole, passage.start);
        item->setData(2, Qt::UserRole, passage.end - passage.start);
        item->setToolTip(2, passage.quote);
    }
}

void NetworkPanel::showPassagesOfNode(int node)
{
    m_passages->clear();
    QSet<std::pair<qint64, int>> seen;
    for (int link : m_graph.linksOf(node)) {
        for (const LinkPassage &passage : m_graph.links.at(link).passages) {
            if (seen.contains({ passage.sourceId, passage.start }))
                continue;
            seen.insert({ passage.sourceId, passage.start });
            auto *item = new QTreeWidgetItem(
                m_passages, { passage.sourceTitle, stanceWord(passage.stance), passage.quote.simplified() });
            item->setData(0, Qt::UserRole, passage.sourceId);
            item->setData(1, Qt::UserRole, passage.start);
            item->setData(2, Qt::UserRole, passage.end - passage.start);
        }
    }
}

QString NetworkPanel::exportTo(const QString &path, const QString &format)
{
    NetworkWriter::Format chosen;
    if (!NetworkWriter::formatFromName(format, &chosen))
        return tr("Unknown format %1").arg(format);
    const NetworkPlacements placements = m_view->placements();
    const NetworkStyle style = m_view->chartStyle();
    return NetworkWriter(m_graph, placements, style).write(path, chosen);
}

void NetworkPanel::exportChart()
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Link Chart"), QString(),
        tr("SVG image (*.svg);;PDF document (*.pdf);;GraphML (*.graphml);;GEXF (*.gexf);;Graphviz dot (*.dot)"),
        &selectedFilter);
    if (path.isEmpty())
        return;
    QString format = QFileInfo(path).suffix().toLower();
    NetworkWriter::Format chosen;
    if (!NetworkWriter::formatFromName(format, &chosen)) {
        const qsizetype star = selectedFilter.indexOf(QStringLiteral("*."));
        format = selectedFilter.mid(star + 2).chopped(1);
    }
    const QString error = exportTo(path, format);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Link Chart"), error);
}

void NetworkPanel::setStatus(const QString &text)
{
    if (!text.isEmpty()) {
        m_status->setText(text);
        return;
    }
    m_status->setText(tr("%n node(s)", nullptr, int(m_graph.nodes.size())) + QStringLiteral(", ")
                      + tr("%n link(s)", nullptr, int(m_graph.links.size())));
}

} // namespace annalist
