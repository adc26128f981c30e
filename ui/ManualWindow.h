// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ManualPages.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace annalist {

// The user manual in a window of its own: the pages (or, while a search is typed, the
// pages that contain its words, with the number of hits) on the left, the page on the
// right with the words of the search marked. Links between pages and to the
// screenshots work as they do in the Markdown files.
class ManualWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualWindow)

public:
    explicit ManualWindow(QWidget *parent = nullptr);
    ~ManualWindow() override;

    // Shows the named page (see ManualPages); false if there is no such page.
    bool showPage(const QString &name);
    QString currentPage() const { return m_current; }
    // Types a search, as the search field does.
    void search(const QString &query);

    const ManualPages &pages() const { return m_pages; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *pageList() const { return m_list; }
    QTextBrowser *browser() const { return m_browser; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void listPages();
    void markSearchWords();

    ManualPages m_pages;
    QLineEdit *m_search;
    QListWidget *m_list;
    QTextBrowser *m_browser;
    QString m_current;
};

} // namespace annalist
