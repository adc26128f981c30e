// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace annalist {

// Writes reproducible news-like articles (3–10 KB, English, with names, places,
// organisations and dates) as .txt files, for benchmarks.
class SyntheticCorpus final
{
public:
    explicit SyntheticCorpus(quint32 seed = 20241001);

    // Returns the number of bytes written, or -1 when a file could not be written.
    qint64 write(const QString &directory, int articles);
    // A word or phrase that occurs in the corpus, for search benchmarks.
    QString sampleQuery(int index) const;
    // A word in nearly every article: the slowest query to rank.
    QString commonWord() const;

private:
    quint32 m_seed;
};

} // namespace annalist
