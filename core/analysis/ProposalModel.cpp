// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProposalModel.h"

#include <algorithm>
#include <cmath>

namespace annalist {

namespace {

// The words of a piece of text, lower case, punctuation kept as one-character words.
QStringList words(QStringView text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u'\'' || c == u'.' || c == u'-' || c == u'&') {
            current += c.toLower();
            continue;
        }
        if (!current.isEmpty())
            out << current;
        current.clear();
        if (!c.isSpace())
            out << QString(c);
    }
    if (!current.isEmpty())
        out << current;
    // "city." at the end of a sentence: the period is punctuation of its own.
    for (QString &word : out) {
        if (word.size() > 3 && word.endsWith(u'.') && !word.chopped(1).contains(u'.'))
            word.chop(1);
    }
    return out;
}

// "Xx", "XX", "X.X.", "x", "9": the capitalisation of a word, repeated letters folded.
QString shape(QStringView word)
{
    QString out;
    for (const QChar c : word) {
        const QChar kind = c.isUpper() ? u'X' : c.isLower() ? u'x' : c.isDigit() ? u'9' : c;
        if (out.isEmpty() || out.back() != kind)
            out += kind;
    }
    return out;
}

} // namespace

QStringList ProposalModel::features(QStringView before, QStringView span, QStringView after,
                                    const QString &proposedType)
{
    QStringList out;
    out.reserve(24);
    out << QStringLiteral("bias");
    const QString rule = proposedType.isEmpty() ? QStringLiteral("none") : proposedType;
    out << QStringLiteral("rule=") + rule;

    QStringList spanWords;
    QStringList shapes;
    for (QStringView word : span.split(u' ', Qt::SkipEmptyParts)) {
        spanWords << word.toString().toLower();
        shapes << shape(word);
    }
    if (spanWords.isEmpty())
        return out;
    const QString whole = spanWords.join(u' ');
    out << QStringLiteral("span=") + whole;
    out << QStringLiteral("span=") + whole + QStringLiteral("|rule=") + rule;
    for (const QString &word : std::as_const(spanWords))
        out << QStringLiteral("w=") + word;
    out << QStringLiteral("first=") + spanWords.first();
    out << QStringLiteral("last=") + spanWords.last();
    out << QStringLiteral("shape=") + shapes.join(u' ');
    out << QStringLiteral("length=") + QString::number(std::min<qsizetype>(spanWords.size(), 4));
    const QString &last = spanWords.last();
    out << QStringLiteral("suffix=") + last.right(3);

    const QStringList left = words(before.right(60));
    const QStringList right = words(after.left(60));
    const QString previous = left.isEmpty() ? QStringLiteral("^") : left.last();
    const QString next = right.isEmpty() ? QStringLiteral("$") : right.first();
    out << QStringLiteral("p1=") + previous;
    out << QStringLiteral("n1=") + next;
    out << QStringLiteral("p2=") + (left.size() < 2 ? QStringLiteral("^") : left.at(left.size() - 2)) + u' ' + previous;
    out << QStringLiteral("n2=") + next + u' ' + (right.size() < 2 ? QStringLiteral("$") : right.at(1));
    out << QStringLiteral("p1=") + previous + QStringLiteral("|rule=") + rule;
    out << QStringLiteral("n1=") + next + QStringLiteral("|rule=") + rule;
    out << QStringLiteral("shape=") + shapes.join(u' ') + QStringLiteral("|rule=") + rule;
    const bool sentenceStart = previous == QStringLiteral("^") || previous == QStringLiteral(".")
        || previous == QStringLiteral("\"") || previous == QStringLiteral("?") || previous == QStringLiteral("!");
    if (sentenceStart)
        out << QStringLiteral("sentence-start|rule=") + rule;
    return out;
}

void ProposalModel::train(const QList<ProposalExample> &examples, int epochs)
{
    m_classes = { QString() };
    m_weights.clear();
    m_examples = int(examples.size());
    for (const ProposalExample &example : examples) {
        if (!m_classes.contains(example.type))
            m_classes << example.type;
    }
    std::sort(m_classes.begin() + 1, m_classes.end());
    const int classCount = int(m_classes.size());

    QList<QStringList> featureLists;
    QList<int> gold;
    featureLists.reserve(examples.size());
    for (const ProposalExample &example : examples) {
        featureLists << features(example.before, example.span, example.after, example.proposedType);
        gold << int(m_classes.indexOf(example.type));
    }

    // Averaged perceptron: the running weights, and their sum over every step (kept
    // as totals with time stamps, so that an update costs only the features it touches).
    QHash<QString, std::vector<double>> weights;
    QHash<QString, std::vector<double>> totals;
    QHash<QString, std::vector<int>> stamps;
    int step = 0;
    const auto touch = [&](const QString &feature, int label, double delta) {
        auto &weight = weights[feature];
        auto &total = totals[feature];
        auto &stamp = stamps[feature];
        if (weight.empty()) {
            weight.assign(classCount, 0.0);
            total.assign(classCount, 0.0);
            stamp.assign(classCount, 0);
        }
        total[label] += double(step - stamp[label]) * weight[label];
        stamp[label] = step;
        weight[label] += delta;
    };
    // A fixed, interleaved order (a stride through the list) stands in for shuffling.
    const int count = int(examples.size());
    const int stride = count > 7 && count % 7 != 0 ? 7 : 1;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        for (int visited = 0; visited < count; ++visited) {
            const int index = int((qint64(visited) * stride + epoch) % count);
            ++step;
            const QStringList &list = featureLists.at(index);
            std::vector<double> score(classCount, 0.0);
            for (const QString &feature : list) {
                const auto found = weights.constFind(feature);
                if (found == weights.cend())
                    continue;
                for (int label = 0; label < classCount; ++label)
                    score[label] += found->at(label);
            }
            int best = 0;
            for (int label = 1; label < classCount; ++label) {
                if (score[label] > score[best])
                    best = label;
            }
            const int truth = gold.at(index);
            if (best == truth)
                continue;
            for (const QString &feature : list) {
                touch(feature, truth, 1.0);
                touch(feature, best, -1.0);
            }
        }
    }
    ++step;
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        std::vector<double> averaged(classCount, 0.0);
        const auto &total = totals[it.key()];
        const auto &stamp = stamps[it.key()];
        for (int label = 0; label < classCount; ++label)
            averaged[label] = (total[label] + double(step - stamp[label]) * it->at(label)) / double(step);
        m_weights.insert(it.key(), std::move(averaged));
    }
}

std::vector<double> ProposalModel::scores(const QStringList &features) const
{
    std::vector<double> score(m_classes.size(), 0.0);
    for (const QString &feature : features) {
        const auto found = m_weights.constFind(feature);
        if (found == m_weights.cend())
            continue;
        for (std::size_t label = 0; label < score.size(); ++label)
            score[label] += found->at(label);
    }
    return score;
}

ProposalModel::Prediction ProposalModel::predict(const QStringList &features, const QString &proposedType) const
{
    Prediction prediction;
    if (!isTrained())
        return prediction;
    const std::vector<double> score = scores(features);
    int best = 0;
    for (int label = 1; label < int(score.size()); ++label) {
        if (score[label] > score[best])
            best = label;
    }
    prediction.type = m_classes.at(best);
    // A softmax of the averaged scores, which are small: scaled to spread them.
    double sum = 0.0;
    for (double value : score)
        sum += std::exp((value - score[best]) * 4.0);
    prediction.score = 1.0 / sum;
    const int proposed = int(m_classes.indexOf(proposedType));
    double other = -1e300;
    if (proposed >= 0 && proposed != best) {
        other = score[proposed];
    } else {
        for (int label = 0; label < int(score.size()); ++label) {
            if (label != best)
                other = std::max(other, score[label]);
        }
    }
    prediction.margin = score.size() > 1 ? score[best] - other : 0.0;
    return prediction;
}

} // namespace annalist
