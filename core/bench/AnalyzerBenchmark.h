// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QTextStream;

namespace annalist {

// The whole analysis of import on generated news text: a project whose sources are
// the text's articles, analysed by ProjectAnalyzer (gazetteer, names, time expressions,
// entity resolution and the writes of every proposal), then the cost of learning from
// the analyst's decisions on 100 reviewed sources. Prints rows of the `bench analysis`
// table.
class AnalyzerBenchmark final
{
public:
    AnalyzerBenchmark(QTextStream &out, QTextStream &err);

    // `textFile` holds one paragraph a line; sources of `paragraphsPerSource` lines are
    // made from its first `megabytes` MB. `directory` receives the project.
    bool run(const QString &textFile, double megabytes, const QString &directory, int paragraphsPerSource = 12);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
