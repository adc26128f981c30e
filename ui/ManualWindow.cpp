// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ManualWindow.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace annalist {

namespace {

constexpr int pageNameRole = Qt::UserRole;

} // namespace

ManualWindow::ManualWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("Annalist Manual"));
    setAccessibleName(tr("Annalist Manual"));

    m_search->setObjectName(QStringLiteral("manualSearch"));
    m_search->setPlaceholderText(tr("Search the manual"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the manual"));
    m_search->setAccessibleDescription(tr("Lists the pages that contain every word typed here"));
    m_list->setObjectName(QStringLiteral("manualPages"));
    m_list->setAccessibleName(tr("Manual pages"));
    m_list->setAccessibleDescription(
        tr("The pages of the manual, or the pages a search found with its number of hits"));
    m_browser->setObjectName(QStringLiteral("manualPage"));
    m_browser->setAccessibleName(tr("Manual page"));
    m_browser->setAccessibleDescription(tr("The text of the chosen page of the manual"));
    m_browser->setOpenExternalLinks(true);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_list, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 220, 640 });
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, [this] { listPages(); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showPage(item->data(pageNameRole).toString());
    });
    // Links to other pages of the manual keep the list in step with the page shown.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        for (const ManualPages::Page &page : m_pages.pages()) {
            if (page.url.path() == url.path())
                m_current = page.name;
        }
        markSearchWords();
    });

    listPages();
    if (!restoreGeometry(QSettings().value(QStringLiteral("manual/geometry")).toByteArray()))
        resize(900, 640);
}

ManualWindow::~ManualWindow() = default;

bool ManualWindow::showPage(const QString &name)
{
    const ManualPages::Page *page = m_pages.page(name);
    if (!page)
        return false;
    m_current = name;
    if (m_browser->source() != page->url)
        m_browser->setSource(page->url, QTextDocument::MarkdownResource);
    markSearchWords();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(pageNameRole).toString() == name) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(row);
        }
    }
    return true;
}

void ManualWindow::search(const QString &query)
{
    m_search->setText(query);
}

void ManualWindow::listPages()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QString query = m_search->text();
    if (ManualPages::words(query).isEmpty()) {
        for (const ManualPages::Page &page : m_pages.pages()) {
            auto *item = new QListWidgetItem(page.title, m_list);
            item->setData(pageNameRole, page.name);
        }
    } else {
        for (const ManualPages::Hit &hit : m_pages.search(query)) {
            auto *item = new QListWidgetItem(
                tr("%1 (%n hit(s))", nullptr, hit.count).arg(m_pages.page(hit.name)->title), m_list);
            item->setData(pageNameRole, hit.name);
        }
        if (m_list->count() == 0) {
            auto *item = new QListWidgetItem(tr("No page contains these words"), m_list);
            item->setFlags(Qt::NoItemFlags);
        }
    }
    // Stay on the page shown if the list still has it, else show the best hit.
    QString chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString name = m_list->item(row)->data(pageNameRole).toString();
        if (name == m_current || (chosen.isEmpty() && !name.isEmpty()))
            chosen = name;
    }
    if (!chosen.isEmpty())
        showPage(chosen);
    else
        markSearchWords();
}

void ManualWindow::markSearchWords()
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(palette().color(QPalette::Highlight));
    format.setForeground(palette().color(QPalette::HighlightedText));
    QTextDocument *document = m_browser->document();
    for (const QString &word : ManualPages::words(m_search->text())) {
        for (QTextCursor hit = document->find(word); !hit.isNull(); hit = document->find(word, hit))
            marks << QTextEdit::ExtraSelection { hit, format };
    }
    m_browser->setExtraSelections(marks);
    if (!marks.isEmpty()) {
        QTextCursor first = marks.first().cursor;
        first.clearSelection();
        m_browser->setTextCursor(first);
        m_browser->ensureCursorVisible();
    }
}

void ManualWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("manual/geometry"), saveGeometry());
    QWidget::closeEvent(event);
}

} // namespace annalist
