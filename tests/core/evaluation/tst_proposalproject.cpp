// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis/ProjectAnalyzer.h"
#include "analysis/ProposalReason.h"
#include "evaluation/ProposalProject.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"

#include <QtTest>

using namespace annalist;

namespace {

QStringList described(const QList<BratEntity> &entities)
{
    QStringList out;
    for (const BratEntity &entity : entities)
        out << entity.type + u'|' + entity.text;
    return out;
}

// The gold entities of `text`: every "Type|surface" at its first occurrence from `from`.
QList<BratEntity> goldOf(const QString &text, const QStringList &items)
{
    QList<BratEntity> gold;
    int from = 0;
    for (const QString &item : items) {
        const QString type = item.section(u'|', 0, 0);
        const QString surface = item.section(u'|', 1);
        const int at = int(text.indexOf(surface, from));
        if (at < 0)
            return {};
        gold << BratEntity { QStringLiteral("T%1").arg(gold.size() + 1), type, at, at + int(surface.size()), surface };
        from = at + int(surface.size());
    }
    return gold;
}

QString failure(const Status &status)
{
    return status ? QString() : status.error().message;
}

} // namespace

// The proposals of import, through a real project: the decisions the rules make on
// unseen text, and what the project learns from the analyst's review.
class TestProposalProject : public QObject
{
    Q_OBJECT

private slots:
    void proposes_data();
    void proposes();
    void reviewDecidesEveryProposal();
    void learningNeverTouchesDecisions();
    void rejectedProposalIsNotMadeAgainInTheSameContext_data();
    void rejectedProposalIsNotMadeAgainInTheSameContext();
    void learnsFromReviewedSources();
    void proposalsSayWhyTheyWereMade();
};

void TestProposalProject::proposes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");

    // One sense per document: a later bare surname is the person named in full before,
    // even where the surname is also a town.
    QTest::newRow("surname that is a town") << QStringLiteral(
        "The defence lawyer Tom Nelson arrived in court on Monday.\nNelson told reporters the trial would be long.")
                                            << QStringList { QStringLiteral("Person|Tom Nelson"),
                                                             QStringLiteral("Person|Nelson") }
                                            << QStringList { QStringLiteral("Place|Nelson") };
    QTest::newRow("surname first, full name later")
        << QStringLiteral("Marion was not in court.\nThe judge said Ellen Marion had left the country in May.")
        << QStringList { QStringLiteral("Person|Marion"), QStringLiteral("Person|Ellen Marion") }
        << QStringList { QStringLiteral("Place|Marion") };
    // Weighing the evidence: a title or "said" makes a person, "in"/"X, <state>" a place.
    QTest::newRow("place after in") << QStringLiteral("The storm hit homes in Chester on Friday.")
                                    << QStringList { QStringLiteral("Place|Chester") } << QStringList {};
    QTest::newRow("place before its state")
        << QStringLiteral("The plant near Marion, Ohio, closed on Friday.")
        << QStringList { QStringLiteral("Place|Marion"), QStringLiteral("Place|Ohio") }
        << QStringList { QStringLiteral("Person|Marion") };
    // Capitalised ordinary words are not names, wherever they stand.
    QTest::newRow("sentence-initial words")
        << QStringLiteral(
               "Officials met on Monday. Asked about the talks, Vendramin said little. Meanwhile Prices rose.")
        << QStringList { QStringLiteral("Person|Vendramin") }
        << QStringList { QStringLiteral("Place|Officials"), QStringLiteral("Person|Officials"),
                         QStringLiteral("Place|Asked"), QStringLiteral("Person|Meanwhile Prices"),
                         QStringLiteral("Person|Prices") };
    QTest::newRow("common word after a preposition")
        << QStringLiteral("Prices fell sharply in Trading on Tuesday.") << QStringList {}
        << QStringList { QStringLiteral("Place|Trading") };
    // Organisations from their shape.
    QTest::newRow("company suffix") << QStringLiteral("Shares of Norvex Inc. fell after Halvard Corp. sold its stake.")
                                    << QStringList { QStringLiteral("Organisation|Norvex Inc."),
                                                     QStringLiteral("Organisation|Halvard Corp.") }
                                    << QStringList {};
    QTest::newRow("organisation heads") << QStringLiteral(
        "The Brennic Group and the Tallis Bank met the Harbour Agency. The Labour Party and the City Council objected.")
                                        << QStringList { QStringLiteral("Organisation|Brennic Group"),
                                                         QStringLiteral("Organisation|Tallis Bank"),
                                                         QStringLiteral("Organisation|Harbour Agency"),
                                                         QStringLiteral("Organisation|Labour Party"),
                                                         QStringLiteral("Organisation|City Council") }
                                        << QStringList {};
    QTest::newRow("ministry of") << QStringLiteral("The Ministry of Ports said on Monday that work had stopped.")
                                 << QStringList { QStringLiteral("Organisation|Ministry of Ports") } << QStringList {};
    // An acronym defined in the text keeps the type of what it stands for.
    QTest::newRow("defined acronym") << QStringLiteral(
        "The Port Development Authority (PDA) approved the plan. The PDA will meet again in June.")
                                     << QStringList { QStringLiteral("Organisation|Port Development Authority"),
                                                      QStringLiteral("Organisation|PDA") }
                                     << QStringList {};
    // Organisations from their context.
    QTest::newRow("company context")
        << QStringLiteral("Bertolt's chief executive resigned on Monday, and shares of Quandry fell by a third.")
        << QStringList { QStringLiteral("Organisation|Bertolt"), QStringLiteral("Organisation|Quandry") }
        << QStringList { QStringLiteral("Person|Bertolt"), QStringLiteral("Place|Bertolt") };
    // A title with its department stays a title, the person after it a person.
    QTest::newRow("title with department")
        << QStringLiteral("Deputy Transport Minister Ana Ruiz opened the port on Monday.")
        << QStringList { QStringLiteral("Title|Deputy Transport Minister"), QStringLiteral("Person|Ana Ruiz") }
        << QStringList { QStringLiteral("Person|Deputy Transport"),
                         QStringLiteral("Person|Deputy Transport Minister Ana Ruiz") };
    // A place prefix names a place.
    QTest::newRow("port of") << QStringLiteral("Ships waited outside the Port of Sorrel for a week.")
                             << QStringList { QStringLiteral("Place|Port of Sorrel") }
                             << QStringList { QStringLiteral("Person|Port of Sorrel"),
                                              QStringLiteral("Person|Sorrel") };
}

void TestProposalProject::proposes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    auto project = ProposalProject::create();
    QVERIFY(project);
    const auto id = (*project)->addDocument(QStringLiteral("text"), text);
    QVERIFY(id);
    const Status analysed = (*project)->analyze();
    QVERIFY2(analysed, qPrintable(failure(analysed)));
    const auto proposals = (*project)->proposals(*id);
    QVERIFY(proposals);
    const QStringList found = described(*proposals);
    for (const QString &item : expected)
        QVERIFY2(found.contains(item), qPrintable(item + QStringLiteral(" missing from: ") + found.join(u", ")));
    for (const QString &item : absent)
        QVERIFY2(!found.contains(item), qPrintable(item + QStringLiteral(" proposed: ") + found.join(u", ")));
}

void TestProposalProject::reviewDecidesEveryProposal()
{
    auto project = ProposalProject::create();
    QVERIFY(project);
    const QString text = QStringLiteral("Senator Ana Ruiz flew to Lisbon on Monday. Meanwhile Ruiz said nothing.");
    const auto id = (*project)->addDocument(QStringLiteral("a"), text);
    QVERIFY(id);
    QVERIFY((*project)->analyze());
    const QList<BratEntity> gold = goldOf(text,
                                          { QStringLiteral("Title|Senator"), QStringLiteral("Person|Ana Ruiz"),
                                            QStringLiteral("Place|Lisbon"), QStringLiteral("Person|Ruiz") });
    QCOMPARE(gold.size(), 4);
    QVERIFY((*project)->review(*id, gold));
    const auto proposals = (*project)->proposals(*id);
    QVERIFY(proposals);
    QVERIFY(proposals->isEmpty()); // nothing left undecided
    const auto mentions = (*project)->project().mentions().listForSource(*id);
    QVERIFY(mentions);
    int confirmed = 0;
    for (const Mention &mention : *mentions)
        confirmed += mention.status == Mention::Status::Confirmed ? 1 : 0;
    QCOMPARE(confirmed, 4);
}

void TestProposalProject::learningNeverTouchesDecisions()
{
    auto project = ProposalProject::create();
    QVERIFY(project);
    QList<qint64> ids;
    QStringList texts;
    for (int index = 0; index < 6; ++index) {
        texts << QStringLiteral("Senator Ana Ruiz%1 met Bram Oster in Lisbon on Monday. Meanwhile Ruiz%1 said the "
                                "Harbour Agency would decide. Oster said nothing.")
                     .arg(index);
        const auto id = (*project)->addDocument(QStringLiteral("d%1").arg(index), texts.last());
        QVERIFY(id);
        ids << *id;
    }
    QVERIFY((*project)->analyze());
    for (int index = 0; index < 5; ++index) {
        // The analyst calls "Harbour Agency" a place: a retyping the model learns from.
        QVERIFY(
            (*project)->review(ids.at(index),
                               goldOf(texts.at(index),
                                      { QStringLiteral("Title|Senator"), QStringLiteral("Person|Ana Ruiz%1").arg(index),
                                        QStringLiteral("Person|Bram Oster"), QStringLiteral("Place|Lisbon"),
                                        QStringLiteral("Person|Ruiz%1").arg(index),
                                        QStringLiteral("Place|Harbour Agency"), QStringLiteral("Person|Oster") })));
    }
    MentionRepository &mentions = (*project)->project().mentions();
    QList<Mention> before;
    for (int index = 0; index < 5; ++index)
        before << *mentions.listForSource(ids.at(index));
    ProjectAnalyzer analyzer((*project)->project());
    const auto summary = analyzer.analyze({}, true);
    QVERIFY(summary);
    QVERIFY(analyzer.learnedFrom() >= 20);
    QList<Mention> after;
    for (int index = 0; index < 5; ++index)
        after << *mentions.listForSource(ids.at(index));
    QCOMPARE(after.size(), before.size());
    for (int index = 0; index < before.size(); ++index) {
        QCOMPARE(after.at(index).id, before.at(index).id);
        QCOMPARE(after.at(index).status, before.at(index).status);
        QCOMPARE(after.at(index).entityId, before.at(index).entityId);
        QCOMPARE(after.at(index).start, before.at(index).start);
        QCOMPARE(after.at(index).end, before.at(index).end);
    }
    // The unreviewed source did learn: "Harbour Agency" is proposed as a place there.
    const auto proposals = (*project)->proposals(ids.last());
    QVERIFY(proposals);
    QVERIFY2(described(*proposals).contains(QStringLiteral("Place|Harbour Agency")),
             qPrintable(described(*proposals).join(u", ")));
}

void TestProposalProject::rejectedProposalIsNotMadeAgainInTheSameContext_data()
{
    QTest::addColumn<bool>("learning");
    QTest::addColumn<bool>("proposedAgain");
    QTest::newRow("learning") << true << false;
    QTest::newRow("learning switched off") << false << true;
}

void TestProposalProject::rejectedProposalIsNotMadeAgainInTheSameContext()
{
    QFETCH(bool, learning);
    QFETCH(bool, proposedAgain);
    auto project = ProposalProject::create();
    QVERIFY(project);
    const QString first = QStringLiteral("Crews worked at Lisbon Dock on Monday. Ana Ruiz was there.");
    const QString second = QStringLiteral("Prices rose. Crews worked at Lisbon Dock on Friday.");
    const auto a = (*project)->addDocument(QStringLiteral("a"), first);
    const auto b = (*project)->addDocument(QStringLiteral("b"), second);
    QVERIFY(a && b);
    QVERIFY((*project)->analyze({ *a }));
    const auto proposed = (*project)->proposals(*a);
    QVERIFY(proposed);
    const QStringList before = described(*proposed);
    QVERIFY2(before.contains(QStringLiteral("Place|Lisbon Dock")), qPrintable(before.join(u", ")));
    // The analyst rejects "Lisbon Dock" and confirms the rest.
    QVERIFY((*project)->review(*a, goldOf(first, { QStringLiteral("Person|Ana Ruiz") })));
    ProjectAnalyzer analyzer((*project)->project());
    analyzer.setLearning(learning);
    QVERIFY(analyzer.analyze({ *b }, true));
    const auto later = (*project)->proposals(*b);
    QVERIFY(later);
    QCOMPARE(described(*later).contains(QStringLiteral("Place|Lisbon Dock")), proposedAgain);
}

void TestProposalProject::learnsFromReviewedSources()
{
    // A one-word organisation the rules do not know, marked by hand in reviewed sources,
    // is proposed in a new source in a context the analyst never saw.
    auto project = ProposalProject::create();
    QVERIFY(project);
    QList<qint64> ids;
    QStringList texts;
    const QStringList places
        = { QStringLiteral("Lisbon"), QStringLiteral("Porto"), QStringLiteral("Madrid"), QStringLiteral("Seville") };
    for (int index = 0; index < 4; ++index) {
        texts << QStringLiteral("Ana Ruiz%1 told Quorvane in %2 on Monday that talks had failed, Quorvane reported.")
                     .arg(index)
                     .arg(places.at(index));
        const auto id = (*project)->addDocument(QStringLiteral("d%1").arg(index), texts.last());
        QVERIFY(id);
        ids << *id;
    }
    const QString unseen = QStringLiteral("Officials in Faro said on Friday, Quorvane reported.");
    const auto last = (*project)->addDocument(QStringLiteral("new"), unseen);
    QVERIFY(last);
    QVERIFY((*project)->analyze(ids));
    for (int index = 0; index < 4; ++index) {
        QVERIFY((*project)->review(
            ids.at(index),
            goldOf(texts.at(index),
                   { QStringLiteral("Person|Ana Ruiz%1").arg(index), QStringLiteral("Organisation|Quorvane"),
                     QStringLiteral("Place|%1").arg(places.at(index)), QStringLiteral("Organisation|Quorvane") })));
    }
    QVERIFY((*project)->analyze({ *last }));
    const auto proposals = (*project)->proposals(*last);
    QVERIFY(proposals);
    QVERIFY2(described(*proposals).contains(QStringLiteral("Organisation|Quorvane")),
             qPrintable(described(*proposals).join(u", ")));
}

void TestProposalProject::proposalsSayWhyTheyWereMade()
{
    auto project = ProposalProject::create();
    QVERIFY(project);
    const auto id
        = (*project)->addDocument(QStringLiteral("a"), QStringLiteral("Senator Ana Ruiz flew to Lisbon on Monday."));
    QVERIFY(id);
    QVERIFY((*project)->analyze());
    const auto mentions = (*project)->project().mentions().listForSource(*id);
    QVERIFY(mentions);
    QStringList reasons;
    for (const Mention &mention : *mentions)
        reasons << mention.quote + u'=' + mention.reason;
    QVERIFY2(reasons.contains(QStringLiteral("Lisbon=list Place")), qPrintable(reasons.join(u", ")));
    QVERIFY2(reasons.contains(QStringLiteral("Ana Ruiz=rule Person")), qPrintable(reasons.join(u", ")));
    const ProposalReason learned = ProposalReason::fromString(QStringLiteral("learned Organisation 0.87"));
    QCOMPARE(learned.kind, ProposalReason::Kind::Learned);
    QCOMPARE(learned.type, QStringLiteral("Organisation"));
    QCOMPARE(learned.score, 0.87);
    QCOMPARE(learned.toString(), QStringLiteral("learned Organisation 0.87"));
}

QTEST_GUILESS_MAIN(TestProposalProject)
#include "tst_proposalproject.moc"
