// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace annalist {

// A decided span as the model learns from it: the text before it, the span, the text
// after it, the type the rules proposed (empty for a name the analyst marked), and the
// type the analyst gave it (empty for a rejected proposal).
struct ProposalExample
{
    QString before;
    QString span;
    QString after;
    QString proposedType;
    QString type;
};

// The project's own model of what the analyst calls a name, and of which type: a
// multi-class averaged perceptron over features of the span (its words, their shape,
// its length) and its context (the words either side, what the rules proposed). It
// learns from the confirmed, retyped and rejected mentions of a project and re-scores
// the proposals of the sources not yet reviewed.
class ProposalModel final
{
public:
    struct Prediction
    {
        QString type; // empty: not a name
        double score = 0.0; // confidence of the best class, 0 to 1
        double margin = 0.0; // its lead over the proposed type (or over the runner-up)
    };

    static QStringList features(QStringView before, QStringView span, QStringView after, const QString &proposedType);

    // Replaces what the model knew. Deterministic for the same examples.
    void train(const QList<ProposalExample> &examples, int epochs = 10);
    bool isTrained() const { return m_examples > 0; }
    int exampleCount() const { return m_examples; }
    // The types the examples named, the empty "not a name" first.
    QStringList classes() const { return m_classes; }

    // The best class for a span; margin is measured against `proposedType` when it
    // is one of the classes.
    Prediction predict(const QStringList &features, const QString &proposedType = {}) const;

private:
    std::vector<double> scores(const QStringList &features) const;

    QStringList m_classes;
    QHash<QString, std::vector<double>> m_weights;
    int m_examples = 0;
};

} // namespace annalist
