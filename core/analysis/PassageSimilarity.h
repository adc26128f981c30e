// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace annalist {

// A sentence of text A that closely matches a sentence of text B; offsets are
// character offsets into the texts, ends exclusive.
struct PassageMatch
{
    int aStart = 0;
    int aEnd = 0;
    int bStart = 0;
    int bEnd = 0;
    double score = 0.0;

    friend bool operator==(const PassageMatch &, const PassageMatch &) = default;
};

// Finds the sentences two texts share, even when reworded a little: each sentence
// becomes a set of hashed word shingles (runs of consecutive case-folded words,
// punctuation ignored) and sentences are compared through an inverted index, so
// the cost grows with the number of shared shingles, not with the product of the
// sentence counts.
class PassageSimilarity final
{
public:
    enum class Measure {
        // Shared shingles over all shingles of both sentences.
        Jaccard,
        // Shared shingles over the shingles of the shorter sentence: finds a sentence
        // quoted inside a longer one.
        Containment,
    };

    struct Options
    {
        int shingleSize = 3;
        double threshold = 0.3;
        Measure measure = Measure::Jaccard;
    };

    struct Span
    {
        int start = 0;
        int end = 0;

        friend bool operator==(const Span &, const Span &) = default;
    };

    PassageSimilarity();
    explicit PassageSimilarity(Options options);

    const Options &options() const { return m_options; }

    // For every sentence of a, the sentences of b whose score reaches the threshold;
    // ordered by position in a, then by falling score.
    QList<PassageMatch> compare(QStringView a, QStringView b) const;

    // Sentences of text without their surrounding white space; a line break always
    // ends a sentence, so headings stand alone.
    static QList<Span> sentences(QStringView text);

private:
    Options m_options;
};

} // namespace annalist
