// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "analysis/ProjectAnalyzer.h"
#include "ingest/SourceImporter.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/TimexRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// The automatic analysis on the seed articles, in a real project file.
class TestProjectAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void proposesTheSeedEntities_data();
    void proposesTheSeedEntities();
    void recordsTitlesAsRoles();
    void leavesRelativeTimesOfUndatedSourcesUnresolved();
    void secondRunChangesNothing();
    void analystDecisionsSurviveReanalysis();
    void newProjectNamesMakeSourcesStale();

private:
    Entity entityNamed(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    AnalysisSummary m_first;
};

void TestProjectAnalyzer::init()
{
    if (test::seedsDirectory().isEmpty())
        QSKIP("the shared seed articles are not beside this checkout");
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = Project::create(m_dir->filePath(QStringLiteral("analysis.annalist")));
    QVERIFY(project);
    m_project = std::move(*project);
    SourceImporter importer(*m_project);
    QCOMPARE(importer.importPaths({ test::seedsDirectory() }).count(ImportOutcome::Kind::Imported), 5);
    ProjectAnalyzer analyzer(*m_project);
    const auto summary = analyzer.analyze();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    m_first = *summary;
    QCOMPARE(m_first.sourcesAnalyzed, 5);
    QVERIFY(m_first.mentionsProposed > 50);
}

void TestProjectAnalyzer::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

Entity TestProjectAnalyzer::entityNamed(const QString &name)
{
    const auto found = m_project->entities().findByName(name);
    return found && !found->isEmpty() ? found->first() : Entity {};
}

void TestProjectAnalyzer::proposesTheSeedEntities_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::newRow("Marco Rubio") << QStringLiteral("Marco Rubio") << QStringLiteral("Person");
    QTest::newRow("Claudia Sheinbaum") << QStringLiteral("Claudia Sheinbaum") << QStringLiteral("Person");
    QTest::newRow("Ted Cruz") << QStringLiteral("Ted Cruz") << QStringLiteral("Person");
    QTest::newRow("Juan Ramon de la Fuente") << QStringLiteral("Juan Ramon de la Fuente") << QStringLiteral("Person");
    QTest::newRow("Mexico City") << QStringLiteral("Mexico City") << QStringLiteral("Place");
    QTest::newRow("Washington") << QStringLiteral("Washington") << QStringLiteral("Place");
    QTest::newRow("Ecuador") << QStringLiteral("Ecuador") << QStringLiteral("Place");
    QTest::newRow("Security Cabinet") << QStringLiteral("Security Cabinet") << QStringLiteral("Organisation");
}

void TestProjectAnalyzer::proposesTheSeedEntities()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    const Entity entity = entityNamed(name);
    QVERIFY2(entity.id != 0, qPrintable(name));
    QCOMPARE(entity.typeId, m_project->entities().findType(type)->id);
    const auto mentions = m_project->mentions().listForEntity(entity.id);
    QVERIFY(mentions && !mentions->isEmpty());
    for (const Mention &mention : *mentions) {
        QCOMPARE(mention.status, Mention::Status::Candidate);
        QVERIFY(mention.origin != Mention::Origin::Manual);
        QCOMPARE(m_project->sources().body(mention.sourceId)->mid(mention.start, mention.end - mention.start),
                 mention.quote);
    }
}

void TestProjectAnalyzer::recordsTitlesAsRoles()
{
    const auto titlesOf = [this](const QString &name) {
        QStringList titles;
        for (const EntityRole &role : entityNamed(name).roles)
            titles << role.title;
        return titles;
    };
    QVERIFY(titlesOf(QStringLiteral("Marco Rubio")).contains(QStringLiteral("Senator")));
    QVERIFY(titlesOf(QStringLiteral("Marco Rubio")).contains(QStringLiteral("Secretary of State")));
    QVERIFY(titlesOf(QStringLiteral("Claudia Sheinbaum")).contains(QStringLiteral("President-elect")));
    QVERIFY(titlesOf(QStringLiteral("Claudia Sheinbaum")).contains(QStringLiteral("President")));
    QVERIFY(titlesOf(QStringLiteral("Juan Ramon de la Fuente")).contains(QStringLiteral("Foreign Secretary")));
}

void TestProjectAnalyzer::leavesRelativeTimesOfUndatedSourcesUnresolved()
{
    bool found = false;
    const QList<SourceSummary> sources = m_project->sources().list().value();
    for (const SourceSummary &source : sources) {
        const QString body = *m_project->sources().body(source.id);
        const QList<Timex> timexes = m_project->timexes().listForSource(source.id).value();
        for (const Timex &timex : timexes) {
            if (body.mid(timex.start, timex.end - timex.start) != QStringLiteral("next week"))
                continue;
            found = true;
            QCOMPARE(timex.type, Timex::Type::Date);
            QVERIFY2(timex.value.contains(u'X'), qPrintable(timex.value));
            QVERIFY(!timex.resolved.isKnown());
            QCOMPARE(timex.status, Mention::Status::Candidate);
        }
    }
    QVERIFY(found);
}

void TestProjectAnalyzer::secondRunChangesNothing()
{
    const int mentions = m_project->mentions().countByStatus()->value(Mention::Status::Candidate);
    ProjectAnalyzer analyzer(*m_project);
    const auto again = analyzer.analyze();
    QVERIFY(again);
    QCOMPARE(again->sourcesUnchanged, 5);
    QCOMPARE(again->sourcesAnalyzed, 0);
    const auto forced = analyzer.analyze({}, true);
    QVERIFY(forced);
    QCOMPARE(forced->sourcesAnalyzed, 5);
    QCOMPARE(forced->entitiesCreated, 0);
    QCOMPARE(m_project->mentions().countByStatus()->value(Mention::Status::Candidate), mentions);
}

void TestProjectAnalyzer::analystDecisionsSurviveReanalysis()
{
    const Entity rubio = entityNamed(QStringLiteral("Marco Rubio"));
    const auto mentions = *m_project->mentions().listForEntity(rubio.id);
    QVERIFY(mentions.size() >= 3);
    const Mention confirmed = mentions.at(0);
    const Mention rejected = mentions.at(1);
    QVERIFY(m_project->mentions().setStatus(confirmed.id, Mention::Status::Confirmed));
    QVERIFY(m_project->mentions().setStatus(rejected.id, Mention::Status::Rejected));
    // A manual mention over words the analysis would propose differently.
    Mention manual = mentions.at(2);
    manual.id = 0;
    manual.origin = Mention::Origin::Manual;
    manual.status = Mention::Status::Confirmed;
    QVERIFY(m_project->mentions().remove(mentions.at(2).id));
    const auto manualId = m_project->mentions().add(manual);
    QVERIFY(manualId);

    ProjectAnalyzer analyzer(*m_project);
    QVERIFY(analyzer.analyze({}, true));
    QCOMPARE(m_project->mentions().find(confirmed.id)->status, Mention::Status::Confirmed);
    QCOMPARE(m_project->mentions().find(rejected.id)->status, Mention::Status::Rejected);
    QCOMPARE(m_project->mentions().find(*manualId)->origin, Mention::Origin::Manual);
    for (qint64 sourceId : { confirmed.sourceId, rejected.sourceId, manual.sourceId }) {
        const QList<Mention> proposals = m_project->mentions().listForSource(sourceId).value();
        for (const Mention &mention : proposals) {
            if (mention.status != Mention::Status::Candidate)
                continue;
            for (const Mention &kept : { confirmed, rejected, manual }) {
                if (kept.sourceId == sourceId)
                    QVERIFY2(mention.end <= kept.start || kept.end <= mention.start,
                             "a proposal overlaps an analyst's decision");
            }
        }
    }
}

void TestProjectAnalyzer::newProjectNamesMakeSourcesStale()
{
    const Entity cruz = entityNamed(QStringLiteral("Ted Cruz"));
    QVERIFY(m_project->entities().addAlias(cruz.id, QStringLiteral("Cruz")));
    ProjectAnalyzer analyzer(*m_project);
    const auto run = analyzer.analyze();
    QVERIFY(run);
    QCOMPARE(run->sourcesAnalyzed, 5);
}

QTEST_GUILESS_MAIN(TestProjectAnalyzer)
#include "tst_projectanalyzer.moc"
