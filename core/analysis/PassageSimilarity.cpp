// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PassageSimilarity.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <vector>

namespace annalist {

namespace {

// Short words that end in a full stop without ending the sentence ("Sen. Rubio",
// "U.S. officials"); the Unicode sentence rules break after them.
bool isAbbreviation(QStringView token)
{
    if (token.size() < 2 || !token.endsWith(u'.'))
        return false;
    // Initials and dotted acronyms: "J.", "U.S.", "e.g.".
    bool dottedLetters = true;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const bool expectLetter = i % 2 == 0;
        if (expectLetter ? !token.at(i).isLetter() : token.at(i) != u'.') {
            dottedLetters = false;
            break;
        }
    }
    if (dottedLetters)
        return true;
    static const QStringList titles = {
        QStringLiteral("mr."),   QStringLiteral("mrs."), QStringLiteral("ms."),   QStringLiteral("dr."),
        QStringLiteral("st."),   QStringLiteral("gen."), QStringLiteral("sen."),  QStringLiteral("rep."),
        QStringLiteral("gov."),  QStringLiteral("lt."),  QStringLiteral("col."),  QStringLiteral("sgt."),
        QStringLiteral("capt."), QStringLiteral("jr."),  QStringLiteral("sr."),   QStringLiteral("prof."),
        QStringLiteral("no."),   QStringLiteral("vs."),  QStringLiteral("pres."), QStringLiteral("sec."),
    };
    return titles.contains(token.toString(), Qt::CaseInsensitive);
}

// Whether a sentence candidate really ends: in terminal punctuation, perhaps followed
// by closing quotes or brackets. The rules also break inside "U.S.-Mexico".
bool endsInTerminal(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0) {
        const QChar c = text.at(end - 1);
        if (c.category() == QChar::Punctuation_FinalQuote || c.category() == QChar::Punctuation_Close || c == u'"'
            || c == u'\'') {
            --end;
            continue;
        }
        return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026' || c == u'\u3002' || c == u'\uff01'
            || c == u'\uff1f';
    }
    return false;
}

QStringView lastToken(QStringView text)
{
    qsizetype start = text.size();
    while (start > 0 && !text.at(start - 1).isSpace())
        --start;
    return text.sliced(start);
}

// FNV-1a over the case-folded letters and digits of a word; 0 when it has none.
quint64 wordHash(QStringView word)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    bool any = false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char32_t ucs = word.at(i).unicode();
        if (QChar::isHighSurrogate(ucs) && i + 1 < word.size() && word.at(i + 1).isLowSurrogate()) {
            ucs = QChar::surrogateToUcs4(word.at(i), word.at(i + 1));
            ++i;
        }
        if (!QChar::isLetterOrNumber(ucs))
            continue;
        any = true;
        hash ^= QChar::toCaseFolded(ucs);
        hash *= 0x100000001b3ULL;
    }
    return any ? hash : 0;
}

// splitmix64's finaliser: spreads the bits of a combined hash.
quint64 finalise(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

struct Sentence
{
    PassageSimilarity::Span span;
    std::vector<quint64> shingles; // sorted, unique
};

std::vector<Sentence> shingledSentences(QStringView text, int shingleSize)
{
    const QList<PassageSimilarity::Span> spans = PassageSimilarity::sentences(text);
    std::vector<Sentence> sentences;
    sentences.reserve(spans.size());
    for (const PassageSimilarity::Span &span : spans)
        sentences.push_back({ span, {} });
    if (sentences.empty())
        return sentences;

    // One pass of the word finder over the whole text; words are handed to the
    // sentence they fall in.
    std::vector<std::vector<quint64>> words(sentences.size());
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.data(), text.size());
    std::size_t sentence = 0;
    // Position 0 is never returned by toNextBoundary(), so ask about it first.
    qsizetype wordStart = finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem ? 0 : -1;
    for (qsizetype position = finder.toNextBoundary(); position != -1; position = finder.toNextBoundary()) {
        const auto reasons = finder.boundaryReasons();
        if (reasons & QTextBoundaryFinder::EndOfItem && wordStart >= 0) {
            while (sentence < sentences.size() && sentences[sentence].span.end <= wordStart)
                ++sentence;
            if (sentence == sentences.size())
                break;
            if (wordStart >= sentences[sentence].span.start) {
                if (const quint64 hash = wordHash(text.sliced(wordStart, position - wordStart)))
                    words[sentence].push_back(hash);
            }
            wordStart = -1;
        }
        if (reasons & QTextBoundaryFinder::StartOfItem)
            wordStart = position;
    }
    const auto size = static_cast<std::size_t>(std::max(1, shingleSize));
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const std::vector<quint64> &w = words[i];
        if (w.empty())
            continue;
        std::vector<quint64> &shingles = sentences[i].shingles;
        const std::size_t length = std::min(size, w.size());
        shingles.reserve(w.size() - length + 1);
        for (std::size_t first = 0; first + length <= w.size(); ++first) {
            quint64 hash = length;
            for (std::size_t k = first; k < first + length; ++k)
                hash = (hash ^ w[k]) * 0x100000001b3ULL;
            shingles.push_back(finalise(hash));
        }
        std::sort(shingles.begin(), shingles.end());
        shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    }
    return sentences;
}

} // namespace

PassageSimilarity::PassageSimilarity()
    : PassageSimilarity(Options {})
{ }

PassageSimilarity::PassageSimilarity(Options options)
    : m_options(options)
{ }

QList<PassageSimilarity::Span> PassageSimilarity::sentences(QStringView text)
{
    QList<Span> result;
    if (text.isEmpty())
        return result;

    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text.data(), text.size());
    int pendingStart = -1;
    int start = 0;
    for (int end = int(finder.toNextBoundary()); end != -1; start = end, end = int(finder.toNextBoundary())) {
        int from = pendingStart >= 0 ? pendingStart : start;
        int to = end;
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        if (from == to)
            continue;
        // Keep "Sen. Rubio" and "U.S.-Mexico" together unless the line ends there.
        const bool lineEnds = text.sliced(to, end - to).contains(u'\n');
        const QStringView candidate = text.sliced(from, to - from);
        if (!lineEnds && end < text.size() && (!endsInTerminal(candidate) || isAbbreviation(lastToken(candidate)))) {
            pendingStart = from;
            continue;
        }
        pendingStart = -1;
        // A line break always ends a sentence, even one the rules would run on.
        int lineStart = from;
        for (int i = from; i < to; ++i) {
            if (text.at(i) != u'\n')
                continue;
            int lineEnd = i;
            while (lineEnd > lineStart && text.at(lineEnd - 1).isSpace())
                --lineEnd;
            if (lineEnd > lineStart)
                result.append({ lineStart, lineEnd });
            lineStart = i + 1;
            while (lineStart < to && text.at(lineStart).isSpace())
                ++lineStart;
        }
        if (lineStart < to)
            result.append({ lineStart, to });
    }
    if (pendingStart >= 0) {
        int to = int(text.size());
        while (to > pendingStart && text.at(to - 1).isSpace())
            --to;
        if (to > pendingStart)
            result.append({ pendingStart, to });
    }
    return result;
}

QList<PassageMatch> PassageSimilarity::compare(QStringView a, QStringView b) const
{
    const std::vector<Sentence> left = shingledSentences(a, m_options.shingleSize);
    const std::vector<Sentence> right = shingledSentences(b, m_options.shingleSize);

    // Inverted index of b: (shingle, sentence) pairs sorted by shingle.
    std::vector<std::pair<quint64, int>> postings;
    for (std::size_t i = 0; i < right.size(); ++i) {
        for (const quint64 shingle : right[i].shingles)
            postings.emplace_back(shingle, int(i));
    }
    std::sort(postings.begin(), postings.end());

    QList<PassageMatch> matches;
    std::vector<int> shared(right.size(), 0);
    std::vector<int> touched;
    for (const Sentence &sentence : left) {
        if (sentence.shingles.empty())
            continue;
        for (const quint64 shingle : sentence.shingles) {
            auto it = std::lower_bound(postings.cbegin(), postings.cend(), std::pair<quint64, int>(shingle, -1));
            for (; it != postings.cend() && it->first == shingle; ++it) {
                if (shared[std::size_t(it->second)]++ == 0)
                    touched.push_back(it->second);
            }
        }
        const qsizetype firstMatch = matches.size();
        for (const int index : touched) {
            const auto i = std::size_t(index);
            const double common = shared[i];
            const double mine = double(sentence.shingles.size());
            const double theirs = double(right[i].shingles.size());
            const double score = m_options.measure == Measure::Jaccard ? common / (mine + theirs - common)
                                                                       : common / std::min(mine, theirs);
            if (score >= m_options.threshold) {
                matches.append(
                    { sentence.span.start, sentence.span.end, right[i].span.start, right[i].span.end, score });
            }
            shared[i] = 0;
        }
        touched.clear();
        std::sort(matches.begin() + firstMatch, matches.end(), [](const PassageMatch &x, const PassageMatch &y) {
            return x.score != y.score ? x.score > y.score : x.bStart < y.bStart;
        });
    }
    return matches;
}

} // namespace annalist
