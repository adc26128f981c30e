// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "chronology/RoleTable.h"
#include "chronology/SourceDating.h"
#include "storage/EntityRepository.h"
#include "storage/Project.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class TestSourceDating : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void datesByTitles_data();
    void datesByTitles();
    void surnameAloneNeedsNoAlias_data();
    void surnameAloneNeedsNoAlias();
    void seedArticlesAreDatedByTheirTitles();

private:
    QList<Entity> m_entities;
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

// The roles the issue names: who held which office when.
static const char rolesCsv[] = "entity,entity type,title,organisation,from,to\n"
                               "Claudia Sheinbaum,Person,President-elect,Mexico,2024-06-02,2024-09-30\n"
                               "Claudia Sheinbaum,Person,President,Mexico,2024-10-01,\n"
                               "Marco Rubio,Person,Senator,U.S. Senate,,2025-01-20\n"
                               "Marco Rubio,Person,Secretary of State,United States,2025-01-21,\n";

void TestSourceDating::initTestCase()
{
    auto project = Project::create(m_dir.filePath(QStringLiteral("dating.annalist")));
    QVERIFY(project);
    m_project = std::move(*project);
    const auto rows = RoleTable::parse(QString::fromUtf8(rolesCsv), QStringLiteral("roles.csv"));
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error()));
    const auto applied = RoleTable::apply(*m_project, *rows);
    QVERIFY(applied);
    QCOMPARE(applied->entitiesCreated, 2);
    QCOMPARE(applied->rolesAdded, 4);
    QVERIFY(m_project->entities().addAlias(
        m_project->entities().findByName(QStringLiteral("Claudia Sheinbaum"))->first().id,
        QStringLiteral("Sheinbaum")));
    QVERIFY(m_project->entities().addAlias(m_project->entities().findByName(QStringLiteral("Marco Rubio"))->first().id,
                                           QStringLiteral("Rubio")));
    m_entities = *m_project->entities().list();
    // Applying the same table again adds nothing.
    QCOMPARE(RoleTable::apply(*m_project, *rows)->rolesAlreadyThere, 4);
}

void TestSourceDating::datesByTitles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("window");
    QTest::addColumn<bool>("impossible");
    QTest::addColumn<int>("reasons");

    QTest::newRow("nothing dates it") << QStringLiteral("Officials met in the capital.") << QString() << false << 0;
    QTest::newRow("president-elect") << QStringLiteral("President-elect Claudia Sheinbaum spoke.")
                                     << QStringLiteral("2024-06-02/2024-09-30?") << false << 1;
    QTest::newRow("alias after title") << QStringLiteral("Mexico's President-elect Sheinbaum spoke.")
                                       << QStringLiteral("2024-06-02/2024-09-30?") << false << 1;
    QTest::newRow("title after name") << QStringLiteral("Claudia Sheinbaum, the President-elect of Mexico, spoke.")
                                      << QStringLiteral("2024-06-02/2024-09-30?") << false << 1;
    QTest::newRow("president is not president-elect")
        << QStringLiteral("President Claudia Sheinbaum met him.") << QStringLiteral("2024-10-01/..?") << false << 1;
    QTest::newRow("senator and president-elect")
        << QStringLiteral("Senator Marco Rubio met President-elect Claudia Sheinbaum.")
        << QStringLiteral("2024-06-02/2024-09-30?") << false << 2;
    QTest::newRow("secretary and president")
        << QStringLiteral("Secretary of State Marco Rubio met President Sheinbaum.") << QStringLiteral("2025-01-21/..?")
        << false << 2;
    QTest::newRow("mutually impossible") << QStringLiteral("Secretary of State Rubio met President-elect Sheinbaum.")
                                         << QString() << true << 2;
    QTest::newRow("title of someone else") << QStringLiteral("Senator Ted Cruz spoke.") << QString() << false << 0;
    QTest::newRow("case and spaces") << QStringLiteral("SENATOR  Marco Rubio") << QStringLiteral("../2025-01-20?")
                                     << false << 1;
    QTest::newRow("title, then name") << QStringLiteral(
        "It was confirmed by Mexico's President-elect, Claudia Sheinbaum.")
                                      << QStringLiteral("2024-06-02/2024-09-30?") << false << 1;
    QTest::newRow("name inside a word") << QStringLiteral("Senator Rubios spoke.") << QString() << false << 0;
}

void TestSourceDating::surnameAloneNeedsNoAlias_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("window");

    QTest::newRow("title and surname") << QStringLiteral("Minister Duarte said so.")
                                       << QStringLiteral("2023-03-01/..?");
    QTest::newRow("full name") << QStringLiteral("Minister Ana Duarte said so.") << QStringLiteral("2023-03-01/..?");
    QTest::newRow("first name is no surname") << QStringLiteral("Minister Ana said so.") << QString();
    QTest::newRow("surname in another word") << QStringLiteral("Minister Duartes said so.") << QString();
}

void TestSourceDating::surnameAloneNeedsNoAlias()
{
    QFETCH(QString, text);
    QFETCH(QString, window);
    Entity duarte;
    duarte.id = 1;
    duarte.canonicalName = QStringLiteral("Ana Duarte");
    EntityRole minister;
    minister.title = QStringLiteral("Minister");
    minister.from = TimeValue::day(QDate(2023, 3, 1));
    duarte.roles << minister;
    QCOMPARE(SourceDating({ duarte }).date(text).window.toEdtf(), window);
}

void TestSourceDating::datesByTitles()
{
    QFETCH(QString, text);
    QFETCH(QString, window);
    QFETCH(bool, impossible);
    QFETCH(int, reasons);
    const SourceDatingResult result = SourceDating(m_entities).date(text);
    QCOMPARE(result.window.toEdtf(), window);
    QCOMPARE(result.impossible, impossible);
    QCOMPARE(result.reasons.size(), reasons);
    for (const DatingReason &reason : result.reasons)
        QVERIFY(reason.text.startsWith(QStringLiteral("calls ")));
}

void TestSourceDating::seedArticlesAreDatedByTheirTitles()
{
    const QString seeds = test::seedsDirectory();
    if (seeds.isEmpty())
        QSKIP("the shared seed articles are not beside this checkout");
    const SourceDating dating(m_entities);
    int presidentElect = 0;
    int secretary = 0;
    for (const QString &name : QDir(seeds).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name)) {
        const QString text = QString::fromUtf8(test::readFile(seeds + u'/' + name));
        const SourceDatingResult result = dating.date(text);
        QVERIFY2(!result.impossible, qPrintable(name));
        // Every way the articles have of calling her so, the surname alone included.
        static const QRegularExpression presidentElectSheinbaum(
            QStringLiteral("President-elect,?\\s+(Claudia\\s+)?Sheinbaum|Claudia Sheinbaum, the President-elect"));
        const bool callsPresidentElect = text.contains(presidentElectSheinbaum);
        if (callsPresidentElect) {
            ++presidentElect;
            QVERIFY2(result.window.earliest().date() >= QDate(2024, 6, 2), qPrintable(name));
            QVERIFY2(result.window.latest().isValid() && result.window.latest().date() <= QDate(2024, 9, 30),
                     qPrintable(name));
        }
        if (text.contains(QStringLiteral("Secretary of State Marco Rubio"))) {
            ++secretary;
            QCOMPARE(result.window.earliest().date(), QDate(2025, 1, 21));
        }
    }
    QCOMPARE(presidentElect, 3);
    QCOMPARE(secretary, 1);
}

QTEST_GUILESS_MAIN(TestSourceDating)
#include "tst_sourcedating.moc"
