// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QTextStream;

namespace annalist {

// `annalist-cli bench chronology`: fills a new project with a synthetic chronology
// (SyntheticChronology) and measures what the chronology view waits for: loading it
// (ChronologyLoader::load) and handing it to the model, one entry reloaded after an
// edit, and changes of the filter.
class ChronologyBenchmark final
{
public:
    ChronologyBenchmark(QTextStream &out, QTextStream &err);
    // workDirectory: where to put the project; a temporary folder, removed afterwards,
    // when empty.
    bool run(int events, int evidence, const QString &workDirectory = {});

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
