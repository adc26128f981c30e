// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis/EntityResolver.h"

#include "ProjectFixture.h"

#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

class TestEntityResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void resolve_data();
    void resolve();

private:
    ProjectFixture m_fixture;
};

void TestEntityResolver::initTestCase()
{
    QVERIFY(m_fixture.create());
    QVERIFY(m_fixture.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"), { QStringLiteral("Rubio") }));
    QVERIFY(m_fixture.addEntity(QStringLiteral("Rubio"), QStringLiteral("Organisation")));
    QVERIFY(m_fixture.addEntity(QStringLiteral("Jordan"), QStringLiteral("Place")));
    QVERIFY(
        m_fixture.addEntity(QStringLiteral("Michael Jordan"), QStringLiteral("Person"), { QStringLiteral("Jordan") }));
    QVERIFY(m_fixture.addEntity(QStringLiteral("Андрей Белоусов"), QStringLiteral("Person"),
                                { QStringLiteral("Белоусов") }));
}

void TestEntityResolver::cleanupTestCase()
{
    m_fixture.close();
}

void TestEntityResolver::resolve_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<QStringList>("expected");

    const QString marco = QStringLiteral("Marco Rubio");
    const QString rubio = QStringLiteral("Rubio");
    QTest::newRow("alias, one of the type")
        << QStringLiteral("rubio") << QStringLiteral("Person") << QStringList { marco };
    QTest::newRow("name, one of the type") << rubio << QStringLiteral("organisation") << QStringList { rubio };
    QTest::newRow("no type: name before alias") << rubio << QString() << QStringList { rubio, marco };
    QTest::newRow("none of the type: all") << rubio << QStringLiteral("Place") << QStringList { rubio, marco };
    QTest::newRow("unknown type: all") << rubio << QStringLiteral("Vessel") << QStringList { rubio, marco };
    QTest::newRow("white space ignored") << QStringLiteral("  marco \n rubio ") << QStringLiteral("Person")
                                         << QStringList { marco };
    QTest::newRow("place of that name") << QStringLiteral("Jordan") << QStringLiteral("Place")
                                        << QStringList { QStringLiteral("Jordan") };
    QTest::newRow("person of that alias")
        << QStringLiteral("JORDAN") << QStringLiteral("Person") << QStringList { QStringLiteral("Michael Jordan") };
    QTest::newRow("non-Latin ignoring case")
        << QStringLiteral("БЕЛОУСОВ") << QStringLiteral("Person") << QStringList { QStringLiteral("Андрей Белоусов") };
    QTest::newRow("unknown name") << QStringLiteral("Claudia Sheinbaum") << QStringLiteral("Person") << QStringList();
    QTest::newRow("part of a name") << QStringLiteral("Marco") << QStringLiteral("Person") << QStringList();
    QTest::newRow("empty") << QString() << QStringLiteral("Person") << QStringList();
}

void TestEntityResolver::resolve()
{
    QFETCH(QString, text);
    QFETCH(QString, typeName);
    QFETCH(QStringList, expected);

    const Result<QList<Entity>> found = EntityResolver::resolve(m_fixture.project().entities(), text, typeName);
    ANNALIST_VERIFY_OK(found);
    QStringList names;
    for (const Entity &entity : *found)
        names.append(entity.canonicalName);
    QCOMPARE(names, expected);
}

QTEST_GUILESS_MAIN(TestEntityResolver)
#include "tst_entityresolver.moc"
