// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis/ProposalModel.h"

#include <QtTest>

using namespace annalist;

namespace {

// "before|span|after|proposed type|type": one decided mention.
ProposalExample example(const QString &line)
{
    const QStringList parts = line.split(u'|');
    return { parts.value(0), parts.value(1), parts.value(2), parts.value(3), parts.value(4) };
}

QList<ProposalExample> examples(const QStringList &lines, int repeat)
{
    QList<ProposalExample> out;
    for (int round = 0; round < repeat; ++round) {
        for (const QString &line : lines)
            out << example(line);
    }
    return out;
}

} // namespace

// The project's learned model: what the analyst decided, applied to spans it has not seen.
class TestProposalModel : public QObject
{
    Q_OBJECT

private slots:
    void untrainedPredictsNothing();
    void learns_data();
    void learns();
    void trainingIsDeterministic();
};

void TestProposalModel::untrainedPredictsNothing()
{
    const ProposalModel model;
    QVERIFY(!model.isTrained());
    const auto prediction = model.predict(
        ProposalModel::features(u"said ", u"Kopp", u" on Monday", QStringLiteral("Place")), QStringLiteral("Place"));
    QVERIFY(prediction.type.isEmpty());
    QCOMPARE(prediction.margin, 0.0);
}

void TestProposalModel::learns_data()
{
    QTest::addColumn<QStringList>("training");
    QTest::addColumn<QString>("query"); // before|span|after|proposed type
    QTest::addColumn<QString>("expected");

    // A name the rules call a place, confirmed as a person wherever it was decided.
    QTest::newRow("retyped surname") << QStringList {
        QStringLiteral("Police said |Kopp| fled to France|Place|Person"),
        QStringLiteral("a lawyer for |Kopp| said on Monday|Place|Person"),
        QStringLiteral("officers arrested |Kopp| in Dinan|Place|Person"),
        QStringLiteral("talks in |Paris| ended|Place|Place"),
        QStringLiteral("flew to |Lyon| on Monday|Place|Place"),
    } << QStringLiteral("the charges against |Kopp| were read|Place") << QStringLiteral("Person");
    // Proposals the analyst always rejects: sentence-initial ordinary words.
    QTest::newRow("rejected word") << QStringList {
        QStringLiteral(". |Meanwhile| the talks|Person|"),
        QStringLiteral("\n|Meanwhile| prices rose|Person|"),
        QStringLiteral("said |Ruiz| on Monday|Person|Person"),
        QStringLiteral("with |Juan Ruiz| in Lima|Person|Person"),
    } << QStringLiteral(". |Meanwhile| the minister said|Person") << QString();
    // A one-word organisation the rules miss, marked by hand as an organisation.
    QTest::newRow("added organisation") << QStringList {
        QStringLiteral("according to |Xinhua| news agency||Organisation"),
        QStringLiteral("told |Xinhua| in an interview||Organisation"),
        QStringLiteral("said |Ruiz| on Monday|Person|Person"),
        QStringLiteral("in |Lima| on Monday|Place|Place"),
        QStringLiteral(". |The| talks began||"),
    } << QStringLiteral("reported |Xinhua| on Friday|") << QStringLiteral("Organisation");
}

void TestProposalModel::learns()
{
    QFETCH(QStringList, training);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    ProposalModel model;
    model.train(examples(training, 3));
    QVERIFY(model.isTrained());
    const ProposalExample asked = example(query);
    const auto prediction = model.predict(
        ProposalModel::features(asked.before, asked.span, asked.after, asked.proposedType), asked.proposedType);
    QCOMPARE(prediction.type, expected);
    QVERIFY2(prediction.margin > 0.5, qPrintable(QString::number(prediction.margin)));
    QVERIFY(prediction.score > 0.0 && prediction.score <= 1.0);
}

void TestProposalModel::trainingIsDeterministic()
{
    const QList<ProposalExample> training
        = examples({ QStringLiteral("said |Kopp| on|Place|Person"), QStringLiteral("in |Lyon| on|Place|Place"),
                     QStringLiteral(". |Meanwhile| the|Person|") },
                   4);
    ProposalModel first;
    ProposalModel second;
    first.train(training);
    second.train(training);
    const QStringList features = ProposalModel::features(u"with ", u"Kopp", u" today", QStringLiteral("Place"));
    QCOMPARE(first.predict(features).margin, second.predict(features).margin);
    QCOMPARE(first.classes(), (QStringList { QString(), QStringLiteral("Person"), QStringLiteral("Place") }));
}

QTEST_GUILESS_MAIN(TestProposalModel)
#include "tst_proposalmodel.moc"
