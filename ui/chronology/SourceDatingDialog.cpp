// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SourceDatingDialog.h"

#include "editing/AcceptSourceDatingCommand.h"
#include "model/TimeValueText.h"
#include "storage/EntityRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "ui/widgets/StorageLog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace annalist {

namespace {
bool sameBounds(const TimeValue &a, const TimeValue &b)
{
    return a.earliest() == b.earliest() && a.latest() == b.latest();
}
} // namespace

SourceDatingDialog::SourceDatingDialog(Project &project, ProjectSignals &projectSignals, QUndoStack &undoStack,
                                       const QList<qint64> &sourceIds, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_signals(projectSignals)
    , m_undoStack(undoStack)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_reasons(new QTextBrowser(this))
    , m_accept(new QPushButton(tr("&Accept window as publication time"), this))
{
    setWindowTitle(tr("Date Sources from Titles"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("datingTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("Source"), tr("Publication time"), tr("Written") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_reasons->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_reasons);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_accept, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_accept, &QPushButton::clicked, this, &SourceDatingDialog::acceptSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SourceDatingDialog::showReasons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(820, 520);

    compute(sourceIds);
    fill();
    if (!m_rows.isEmpty())
        m_table->selectRow(0);
    showReasons();
}

SourceDatingDialog::~SourceDatingDialog() = default;

void SourceDatingDialog::compute(const QList<qint64> &sourceIds)
{
    const Result<QList<Entity>> entities = m_project.entities().list();
    if (!entities) {
        m_summary->setText(tr("Cannot read the entities: %1").arg(entities.error().message));
        return;
    }
    const SourceDating dating(*entities);
    for (const qint64 id : sourceIds) {
        const Result<SourceSummary> summary = m_project.sources().summary(id);
        const Result<QString> body = m_project.sources().body(id);
        if (!summary || !body)
            continue;
        m_rows << Row { id, summary->title, summary->published, dating.date(*body) };
    }
}

void SourceDatingDialog::fill()
{
    int dated = 0;
    int impossible = 0;
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &entry = m_rows.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(entry.title));
        m_table->setItem(
            row, 1,
            new QTableWidgetItem(entry.published.isKnown() ? TimeValueText::describe(entry.published) : tr("undated")));
        QString written;
        if (entry.result.impossible) {
            written = tr("⚠ titles cannot all be right at one time");
            ++impossible;
        } else if (entry.result.window.isKnown()) {
            written = TimeValueText::describe(entry.result.window);
            ++dated;
        } else {
            written = tr("no titles that date it");
        }
        auto *item = new QTableWidgetItem(written);
        if (entry.result.impossible)
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        m_table->setItem(row, 2, item);
    }
    m_summary->setText(
        tr("The titles a source gives people tell when it was written, given who held which title when "
           "(the roles of the entities). %1 of %2 sources dated; %3 with titles that cannot all be right.")
            .arg(dated)
            .arg(m_rows.size())
            .arg(impossible));
}

void SourceDatingDialog::showReasons()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_reasons->clear();
        m_accept->setEnabled(false);
        return;
    }
    const Row &entry = m_rows.at(row);
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(entry.title.toHtmlEscaped());
    if (entry.result.reasons.isEmpty())
        html += tr("<p>It gives no one a title whose time is known. Add roles to entities (Entities dock) or import a "
                   "roles table (Chronology ▸ Import Roles Table).</p>");
    html += QStringLiteral("<ul>");
    for (const DatingReason &reason : entry.result.reasons)
        html += QStringLiteral("<li>%1</li>").arg(tr("It %1").arg(reason.text).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (entry.result.window.isKnown())
        html += tr("<p>So it was written %1 (EDTF %2).</p>")
                    .arg(TimeValueText::describe(entry.result.window).toHtmlEscaped(), entry.result.window.toEdtf());
    m_reasons->setHtml(html);
    m_accept->setEnabled(entry.result.window.isKnown() && !entry.result.impossible
                         && !sameBounds(entry.published, entry.result.window));
}

bool SourceDatingDialog::acceptSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).result.window.isKnown() || m_rows.at(row).result.impossible)
        return false;
    Row &entry = m_rows[row];
    // A command that fails is dropped by the stack; the project tells whether it held.
    m_undoStack.push(new AcceptSourceDatingCommand(m_project, m_signals, entry.sourceId, entry.result.window));
    const Result<SourceSummary> summary = m_project.sources().summary(entry.sourceId);
    if (!summary) {
        qCWarning(lcUiStorage) << "cannot read source" << entry.sourceId << summary.error().message;
        return false;
    }
    if (!sameBounds(summary->published, entry.result.window))
        return false;
    entry.published = summary->published;
    m_table->item(row, 1)->setText(TimeValueText::describe(entry.published));
    showReasons();
    return true;
}

} // namespace annalist
