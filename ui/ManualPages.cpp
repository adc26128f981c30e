// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ManualPages.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

namespace annalist {

namespace {

// Lower case without accents, so that "cronologia" finds "cronología".
QString folded(const QString &text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar character : decomposed) {
        if (character.category() != QChar::Mark_NonSpacing)
            result += character;
    }
    return result;
}

} // namespace

ManualPages::ManualPages(const QString &folder)
{
    const QDir directory(folder);
    static const QRegularExpression orderNumber(QStringLiteral("^\\d+-"));
    for (const QString &fileName : directory.entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name)) {
        QFile file(directory.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString markdown = QString::fromUtf8(file.readAll());
        Page page;
        page.name = fileName.chopped(3);
        page.name.remove(orderNumber);
        page.url = QUrl(QStringLiteral("qrc") + directory.absoluteFilePath(fileName));
        for (const QStringView line : QStringView(markdown).split(u'\n')) {
            if (line.startsWith(QLatin1String("# "))) {
                page.title = line.mid(2).trimmed().toString();
                break;
            }
        }
        if (page.title.isEmpty())
            page.title = page.name;
        QTextDocument document;
        document.setMarkdown(markdown);
        page.plainText = folded(document.toPlainText());
        m_pages << page;
    }
}

const ManualPages::Page *ManualPages::page(const QString &name) const
{
    for (const Page &candidate : m_pages) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QStringList ManualPages::words(const QString &query)
{
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    return folded(query).split(separators, Qt::SkipEmptyParts);
}

QList<ManualPages::Hit> ManualPages::search(const QString &query) const
{
    const QStringList queryWords = words(query);
    QList<Hit> hits;
    if (queryWords.isEmpty())
        return hits;
    for (const Page &page : m_pages) {
        int count = 0;
        bool all = true;
        for (const QString &word : queryWords) {
            const int occurrences = int(page.plainText.count(word));
            if (occurrences == 0) {
                all = false;
                break;
            }
            count += occurrences;
        }
        if (all)
            hits << Hit { page.name, count };
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.count > b.count; });
    return hits;
}

} // namespace annalist
