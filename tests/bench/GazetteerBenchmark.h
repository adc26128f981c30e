// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QTextStream;

namespace annalist {

// `annalist-cli bench analysis`: runs the gazetteer (bundled lists, about 30000 names)
// over generated news-like text with real place names and titles sprinkled in, and in
// the same run `grep -c -F -f NAMES FILE` over the same text with the same names.
class GazetteerBenchmark final
{
public:
    GazetteerBenchmark(QTextStream &out, QTextStream &err);
    // megabytes: UTF-8 size of the text (10^6 bytes); workDirectory: where to put the
    // text and the name list, a temporary folder when empty.
    bool run(int megabytes, const QString &workDirectory = {});

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
