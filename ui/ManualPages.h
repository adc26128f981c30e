// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace annalist {

// The pages of the user manual compiled into the program (docs/manual/*.md under
// :/docs/manual): their order, titles and text, and a search over all of them.
// A page is named by its file name without the number that orders it and without
// ".md": "01-getting-started.md" is "getting-started".
class ManualPages final
{
    Q_DECLARE_TR_FUNCTIONS(ManualPages)

public:
    struct Page
    {
        QString name;
        QString title;
        QUrl url;
        // The text as a reader sees it, without Markdown syntax, for searching.
        QString plainText;
    };
    struct Hit
    {
        QString name;
        int count = 0;
    };

    // Reads the pages from the given resource folder (the compiled-in manual by default).
    explicit ManualPages(const QString &folder = QStringLiteral(":/docs/manual"));

    const QList<Page> &pages() const { return m_pages; }
    // The page of that name, or null.
    const Page *page(const QString &name) const;
    // The pages that contain every word of the query (case and accents ignored), with
    // how often the words occur, most first; ties keep the manual's order.
    QList<Hit> search(const QString &query) const;
    // The words of a query as search() takes them.
    static QStringList words(const QString &query);

private:
    QList<Page> m_pages;
};

} // namespace annalist
