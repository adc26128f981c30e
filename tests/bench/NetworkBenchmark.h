// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QTextStream;

namespace annalist {

// `annalist-cli bench network`: fills a new project with a synthetic case (entities,
// and events of two participants each with a quoted passage, so that every event makes
// one link, a few hubs among many) and measures what the link chart waits for: building
// the network (chronology read included), the Graphviz layout of all of it and of a few
// new nodes around the rest, and frames of the chart drawn offscreen while zooming and
// panning; with the peak resident memory.
class NetworkBenchmark final
{
public:
    NetworkBenchmark(QTextStream &out, QTextStream &err);
    // workDirectory: where to put the project; a temporary folder, removed afterwards,
    // when empty.
    bool run(int entities, int links, const QString &workDirectory = {});

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
