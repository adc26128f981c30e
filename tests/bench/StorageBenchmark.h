// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QTextStream;

namespace annalist {

// `annalist-cli bench storage`: imports a synthetic corpus into a new project and
// measures import, search and open, against the sqlite3 shell bulk-loading the
// same texts into a bare FTS5 table in the same run.
class StorageBenchmark final
{
public:
    StorageBenchmark(QTextStream &out, QTextStream &err);
    // workDirectory: where to put the corpus and projects; a temporary folder, removed
    // afterwards, when empty.
    bool run(int articles, int queries, const QString &workDirectory = {});

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
