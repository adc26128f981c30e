// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QTextStream;

namespace annalist {

// `annalist-cli bench export`: fills a new project with a synthetic chronology
// (SyntheticChronology) and times the whole export in every format, from reading the
// project to the file on disk (ChronologyExporter::exportTo), with the peak resident
// memory of each export. Targets: the PDF report in under 5 s and 300 MB, every other
// format in under 1 s.
class ExportBenchmark final
{
public:
    ExportBenchmark(QTextStream &out, QTextStream &err);
    // workDirectory: where to put the project and the exported files; a temporary
    // folder, removed afterwards, when empty.
    bool run(int events, int evidence, const QString &workDirectory = {});

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
