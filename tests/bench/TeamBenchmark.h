// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QTextStream;

namespace annalist {

// `annalist-cli bench team`: simulated analysts, each on a connection of its own, add
// an annotation to a team project on a PostgreSQL server at a steady pace; measures how
// long a write takes and how long until another connection hears of it.
class TeamBenchmark final
{
public:
    TeamBenchmark(QTextStream &out, QTextStream &err);
    // serverUri: an empty database, or a team project, to write into.
    bool run(const QString &serverUri, int analysts, int seconds, int intervalMs);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
