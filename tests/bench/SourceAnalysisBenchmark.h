// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

class QTextStream;

namespace annalist {

// `annalist-cli bench analysis --source-size 1,4,16,50`: one text source of each size
// (megabytes of generated news-like English) imported into a fresh project and
// analysed by the ProjectAnalyzer; seconds per MB should stay flat as sources grow.
class SourceAnalysisBenchmark final
{
public:
    SourceAnalysisBenchmark(QTextStream &out, QTextStream &err);
    // sizes in megabytes (10^6 bytes of UTF-8), fractions allowed (0.01 is 10 KB);
    // workDirectory: where the text files and projects go, a temporary folder when empty.
    bool run(const QList<double> &sizes, const QString &workDirectory = {});

    // Reads "1,4,16,50" (megabytes); empty on a bad list.
    static QList<double> parseSizes(const QString &text);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
