// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "analysis/Gazetteer.h"
#include "model/Entity.h"
#include "storage/EntityRepository.h"
#include "storage/Project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

namespace {

struct Found
{
    QString text;
    qsizetype start = 0;
    const GazetteerEntry *entry = nullptr;
};

QList<Found> findAll(const Gazetteer &gazetteer, const QString &text)
{
    QList<Found> result;
    for (const GazetteerMatch &match : gazetteer.find(text))
        result.append(Found { text.mid(match.start, match.end - match.start), match.start,
                              &gazetteer.entry(match.entries.first()) });
    return result;
}

const Found *findText(const QList<Found> &found, const QString &text)
{
    for (const Found &item : found) {
        if (item.text == text)
            return &item;
    }
    return nullptr;
}

} // namespace

class TestGazetteer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedArticles();
    void longestPlaceWins();
    void capitalisationRequiredForBundledNames();
    void projectAliases();
    void projectEntitiesFromStorage();
    void noMatchesInsideWords();
    void stopListedPlaces();
    void organisationHeads();

private:
    Gazetteer m_gazetteer;
};

void TestGazetteer::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_gazetteer.addBundledLists();
    EntityType person { 1, QString::fromUtf16(BuiltInEntityType::Person), {}, true };
    EntityType organisation { 2, QString::fromUtf16(BuiltInEntityType::Organisation), {}, true };
    Entity sheinbaum {
        7,  1, QStringLiteral("Claudia Sheinbaum"), { QStringLiteral("Sheinbaum"), QStringLiteral("Sheinbaum Pardo") },
        {}, {}
    };
    Entity rubio { 8, 1, QStringLiteral("Marco Rubio"), { QStringLiteral("Rubio") }, {}, {} };
    Entity cartel { 9, 2, QStringLiteral("Sinaloa Cartel"), { QStringLiteral("cartel de Sinaloa") }, {}, {} };
    m_gazetteer.addEntities({ sheinbaum, rubio, cartel }, { person, organisation });
    m_gazetteer.build();
    qInfo("%d entries, %lld patterns, %lld states, %lld KB, built in %lld ms", m_gazetteer.entryCount(),
          qint64(m_gazetteer.matcher().patternCount()), qint64(m_gazetteer.matcher().stateCount()),
          qint64(m_gazetteer.matcher().memoryBytes() / 1024), qint64(timer.elapsed()));
    QVERIFY(m_gazetteer.entryCount() > 20000);
}

void TestGazetteer::seedArticles()
{
    const QString seeds = test::seedsDirectory();
    if (seeds.isEmpty() || !QDir(seeds).exists())
        QSKIP("no seed articles in ../shared/seeds");
    QString text;
    for (const QFileInfo &file : QDir(seeds).entryInfoList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name))
        text += QString::fromUtf8(test::readFile(file.absoluteFilePath())) + u'\n';
    QVERIFY(!text.isEmpty());
    const QList<Found> found = findAll(m_gazetteer, text);

    const auto expect = [&](const QString &name, const char16_t *type) {
        const Found *item = findText(found, name);
        QVERIFY2(item, qPrintable(name));
        QCOMPARE(item->entry->typeName, QString::fromUtf16(type));
        QCOMPARE(text.mid(item->start, name.size()), name);
    };
    expect(QStringLiteral("Mexico City"), BuiltInEntityType::Place);
    expect(QStringLiteral("Washington"), BuiltInEntityType::Place);
    expect(QStringLiteral("Ecuador"), BuiltInEntityType::Place);
    expect(QStringLiteral("Senator"), BuiltInEntityType::Title);
    expect(QStringLiteral("Secretary of State"), BuiltInEntityType::Title);
    expect(QStringLiteral("President-elect"), BuiltInEntityType::Title);
    expect(QStringLiteral("Foreign Secretary"), BuiltInEntityType::Title);
    QCOMPARE(findText(found, QStringLiteral("Ecuador"))->entry->origin, GazetteerEntry::Origin::Country);
    QCOMPARE(findText(found, QStringLiteral("Mexico City"))->entry->code, QStringLiteral("MX"));
    // "Mexico City" is never also found as "Mexico" at the same place.
    for (const Found &item : found) {
        if (item.text == QStringLiteral("Mexico"))
            QVERIFY(!text.mid(item.start).startsWith(QStringLiteral("Mexico City")));
    }
    // The project's people, under their aliases.
    const Found *rubio = findText(found, QStringLiteral("Rubio"));
    QVERIFY(rubio);
    QCOMPARE(rubio->entry->entityId, 8);
    QCOMPARE(rubio->entry->typeName, QStringLiteral("Person"));
    QVERIFY(findText(found, QStringLiteral("Claudia Sheinbaum")));
    QVERIFY(findText(found, QStringLiteral("U.S.")));
    QCOMPARE(findText(found, QStringLiteral("U.S."))->entry->code, QStringLiteral("US"));
    QStringList listed;
    for (const Found &item : found)
        listed << item.text + QStringLiteral(" (") + item.entry->typeName + u')';
    listed.removeDuplicates();
    qInfo("%s", qPrintable(listed.join(QStringLiteral(", "))));
}

void TestGazetteer::longestPlaceWins()
{
    const QList<Found> found
        = findAll(m_gazetteer, QStringLiteral("Talks in Mexico City, then Mexico and New Mexico."));
    QStringList texts;
    for (const Found &item : found)
        texts << item.text;
    QCOMPARE(texts,
             (QStringList { QStringLiteral("Mexico City"), QStringLiteral("Mexico"), QStringLiteral("New Mexico") }));
    QCOMPARE(found.at(1).entry->origin, GazetteerEntry::Origin::Country);
    QCOMPARE(found.at(2).entry->origin, GazetteerEntry::Origin::Subdivision);
}

void TestGazetteer::capitalisationRequiredForBundledNames()
{
    const QString text = QStringLiteral(
        "the president said the mexican senator would visit ecuador; President Sheinbaum and a Mexican senator");
    QStringList texts;
    for (const Found &item : findAll(m_gazetteer, text))
        texts << item.text + u'/' + item.entry->typeName;
    QCOMPARE(texts,
             (QStringList { QStringLiteral("President/Title"), QStringLiteral("Sheinbaum/Person"),
                            QStringLiteral("Mexican/Place") }));
    const Found *mexican = findText(findAll(m_gazetteer, text), QStringLiteral("Mexican"));
    QCOMPARE(mexican->entry->origin, GazetteerEntry::Origin::Demonym);
    QCOMPARE(mexican->entry->detail, QStringLiteral("Mexico"));
}

void TestGazetteer::projectAliases()
{
    const QString text
        = QStringLiteral("members of the cartel de Sinaloa met sheinbaum pardo's aides; Sheinbaum-Pardo said");
    const QList<Found> found = findAll(m_gazetteer, text);
    QStringList texts;
    for (const Found &item : found)
        texts << item.text + u'#' + QString::number(item.entry->entityId);
    QCOMPARE(texts,
             (QStringList { QStringLiteral("cartel de Sinaloa#9"), QStringLiteral("sheinbaum pardo#7"),
                            QStringLiteral("Sheinbaum-Pardo#7") }));
}

void TestGazetteer::projectEntitiesFromStorage()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    auto project = Project::create(directory.filePath(QStringLiteral("gazetteer.annalist")));
    QVERIFY(project);
    EntityRepository &entities = (*project)->entities();
    const auto organisation = entities.findType(QString::fromUtf16(BuiltInEntityType::Organisation));
    QVERIFY(organisation);
    Entity cabinet;
    cabinet.typeId = organisation->id;
    cabinet.canonicalName = QStringLiteral("Security Cabinet of Israel");
    cabinet.aliases = { QStringLiteral("Israeli security cabinet") };
    const auto id = entities.add(cabinet);
    QVERIFY(id);

    Gazetteer gazetteer;
    gazetteer.addBundledLists();
    QVERIFY(gazetteer.addProjectEntities(entities));
    gazetteer.build();
    // Project names match in any case; a bare "Security Cabinet" is an organisation the
    // name recognizer finds from its head word, not a title of the bundled list.
    const QString text
        = QStringLiteral("The Israeli security cabinet met; the Security Cabinet said. Senator Vance spoke.");
    QStringList texts;
    for (const Found &item : findAll(gazetteer, text))
        texts << item.text + u'/' + item.entry->typeName + u'#' + QString::number(item.entry->entityId);
    QCOMPARE(texts,
             (QStringList { QStringLiteral("Israeli security cabinet/Organisation#%1").arg(*id),
                            QStringLiteral("Senator/Title#0") }));
}

void TestGazetteer::noMatchesInsideWords()
{
    const QString text
        = QStringLiteral("Mexicans, Ecuadorians and Parisians; Washingtonian Senatorial Presidential ParisX");
    QStringList texts;
    for (const Found &item : findAll(m_gazetteer, text))
        texts << item.text;
    QCOMPARE(texts, QStringList());
}

void TestGazetteer::stopListedPlaces()
{
    const QString text
        = QStringLiteral("Reading the report in March, Police said Nice work. Of the Mobile units. Paris and Bath.");
    QStringList texts;
    for (const Found &item : findAll(m_gazetteer, text))
        texts << item.text;
    QCOMPARE(texts, (QStringList { QStringLiteral("Paris") }));
}

void TestGazetteer::organisationHeads()
{
    const QStringList heads = Gazetteer::organisationHeads();
    QVERIFY(heads.contains(QStringLiteral("Cabinet")));
    QVERIFY(heads.contains(QStringLiteral("Ministry")));
    QVERIFY(Gazetteer::titles().contains(QStringLiteral("Secretary of State")));
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
