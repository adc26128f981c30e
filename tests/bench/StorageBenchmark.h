// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

#include <optional>

class QTextStream;

namespace annalist {

// `annalist-cli bench storage`: imports a synthetic corpus into a new project and
// measures import, search and open, against the sqlite3 shell bulk-loading the
// same texts into a bare FTS5 table in the same run; on a project file, on a
// PostgreSQL server, or both side by side with their ratio.
class SyntheticCorpus;

class StorageBenchmark final
{
public:
    enum class Backends { Sqlite, PostgreSql, Both };

    StorageBenchmark(QTextStream &out, QTextStream &err);
    // workDirectory: where to put the corpus and projects; a temporary folder, removed
    // afterwards, when empty. serverUri: an empty database for the PostgreSQL run.
    bool run(int articles, int queries, const QString &workDirectory = {}, Backends backends = Backends::Sqlite,
             const QString &serverUri = {});

private:
    struct Figures
    {
        QString name;
        double importMs = 0;
        QList<double> searchTimes;
        qint64 hitsSeen = 0;
        double commonWordMs = 0;
        double openMs = 0;
        qint64 storedBytes = 0;
    };
    std::optional<Figures> measure(const QString &location, const SyntheticCorpus &corpus,
                                   const QString &corpusDirectory, int articles, int queries);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
