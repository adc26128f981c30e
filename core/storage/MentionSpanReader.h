// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/Mention.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <memory>

class QSqlQuery;

namespace annalist {

// Reads where a source's mentions are, without their quotes and context: all that
// highlighting needs, at about half the cost of MentionRepository::listForSource, and
// by range, so that a reader can follow every edit of a source with 20,000 mentions.
// The mentions it returns have empty quote, contextBefore and contextAfter.
class MentionSpanReader final
{
public:
    explicit MentionSpanReader(QSqlDatabase database);
    ~MentionSpanReader();
    MentionSpanReader(const MentionSpanReader &) = delete;
    MentionSpanReader &operator=(const MentionSpanReader &) = delete;

    // In text order: by start, then by end.
    Result<QList<Mention>> list(qint64 sourceId);
    // Those that start in [from, to), in text order.
    Result<QList<Mention>> listStartingIn(qint64 sourceId, int from, int to);

private:
    Result<QList<Mention>> run(std::unique_ptr<QSqlQuery> &statement, const QString &sql, const QVariantList &values,
                               const QString &doing);
    static Result<QList<Mention>> read(QSqlQuery &query, const QString &doing);

    QSqlDatabase m_database;
    std::unique_ptr<QSqlQuery> m_list;
    std::unique_ptr<QSqlQuery> m_listRange;
};

} // namespace annalist
