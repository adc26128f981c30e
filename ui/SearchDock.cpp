// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SearchDock.h"

#include "models/SearchResultModel.h"
#include "storage/FullTextSearch.h"
#include "storage/Project.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace annalist {

namespace {
constexpr int historyLength = 20;
const QString historyKey = QStringLiteral("search/history");
} // namespace

SearchDock::SearchDock(QWidget *parent)
    : QWidget(parent)
    , m_query(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_results(new QTableView(this))
    , m_model(new SearchResultModel(this))
{
    m_query->setEditable(true);
    m_query->setAccessibleName(tr("Search all sources"));
    m_query->setAccessibleDescription(tr("Words, \"phrases\", OR, NOT and prefix*; Enter searches"));
    m_query->setInsertPolicy(QComboBox::NoInsert);
    m_query->lineEdit()->setPlaceholderText(tr("Search all sources (words, \"phrases\", OR, NOT, prefix*)"));
    m_query->lineEdit()->setClearButtonEnabled(true);
    m_query->addItems(QSettings().value(historyKey).toStringList());
    m_query->setCurrentIndex(-1);
    connect(m_query->lineEdit(), &QLineEdit::returnPressed, this, [this] { search(m_query->currentText()); });
    connect(m_query, &QComboBox::activated, this, [this](int index) { search(m_query->itemText(index)); });

    m_summary->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setAccessibleDescription(tr("The passages found; Enter opens one in the reader"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setWordWrap(false);
    m_results->setShowGrid(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_results->setColumnWidth(0, 180);
    connect(m_results, &QTableView::activated, this, &SearchDock::activate);
    connect(m_results, &QTableView::clicked, this, &SearchDock::activate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
}

void SearchDock::setProject(Project *project)
{
    m_project = project;
    m_model->setResults({});
    m_summary->clear();
}

int SearchDock::search(const QString &query)
{
    if (!m_project || query.trimmed().isEmpty())
        return 0;
    const auto hits = m_project->search().search(query, 200, 20);
    if (!hits) {
        m_model->setResults({});
        m_summary->setText(hits.error().message);
        return 0;
    }
    m_model->setResults(*hits);
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("No source contains \"%1\".").arg(query)
                           : tr("%1 passages in %2 sources").arg(m_model->rowCount()).arg(hits->size()));
    rememberQuery(query.trimmed());
    if (m_model->rowCount() > 0)
        m_results->selectRow(0);
    return m_model->rowCount();
}

void SearchDock::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->lineEdit()->selectAll();
}

void SearchDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit passageRequested(index.data(SearchResultModel::SourceIdRole).toLongLong(),
                          index.data(SearchResultModel::OffsetRole).toInt(),
                          index.data(SearchResultModel::LengthRole).toInt());
}

void SearchDock::rememberQuery(const QString &query)
{
    QStringList history = QSettings().value(historyKey).toStringList();
    history.removeAll(query);
    history.prepend(query);
    while (history.size() > historyLength)
        history.removeLast();
    QSettings().setValue(historyKey, history);
    const QString typed = m_query->currentText();
    m_query->clear();
    m_query->addItems(history);
    m_query->setEditText(typed);
}

} // namespace annalist
