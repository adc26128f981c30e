// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A project file is checked for damage before it opens, unless it is larger than the
// limit: then it opens at once, says that its check is left for later, and the check
// run later finds what the earlier one would have. A project found damaged after
// opening takes no more edits.

#include "ProjectFixture.h"
#include "TestData.h"

#include "editing/SetSourceGradeCommand.h"
#include "storage/IntegrityCheck.h"
#include "storage/Project.h"
#include "storage/ProjectSignals.h"
#include "storage/SourceRepository.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace annalist;

class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void checksBeforeOpeningUpToTheLimit_data();
    void checksBeforeOpeningUpToTheLimit();
    void stoppedCheckSaysSo();
    void damagedProjectTakesNoEdits();

private:
    // A project of 40 sources, damaged in its middle pages as a failing disk would, or not.
    QString makeProject(bool damaged);

    QTemporaryDir m_dir;
    qint64 m_limit = 0;
};

void TestIntegrityCheck::init()
{
    m_limit = IntegrityCheck::limitBeforeOpening();
}

void TestIntegrityCheck::cleanup()
{
    IntegrityCheck::setLimitBeforeOpening(m_limit);
}

QString TestIntegrityCheck::makeProject(bool damaged)
{
    static int made = 0;
    const QString path = m_dir.filePath(QStringLiteral("case-%1.annalist").arg(++made));
    {
        auto project = Project::create(path);
        if (!project)
            return {};
        for (int i = 0; i < 40; ++i) {
            Source source;
            source.body = QStringLiteral("Brief %1\n").arg(i) + QString(3000, QChar(u'a' + i % 26));
            source.title = source.body.section(u'\n', 0, 0);
            source.originalBytes = source.body.toUtf8();
            source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
            if (!(*project)->sources().add(source))
                return {};
        }
    }
    if (damaged) {
        QByteArray bytes = test::readFile(path);
        for (qsizetype i = 4 * 4096; i < 12 * 4096 && i < bytes.size(); ++i)
            bytes[i] = char(0x5A ^ (i & 0xFF));
        if (!test::writeFile(path, bytes))
            return {};
    }
    return path;
}

void TestIntegrityCheck::checksBeforeOpeningUpToTheLimit_data()
{
    QTest::addColumn<bool>("damaged");
    QTest::addColumn<bool>("overTheLimit");

    QTest::newRow("sound, checked before opening") << false << false;
    QTest::newRow("damaged, refused before opening") << true << false;
    QTest::newRow("sound, opened and checked later") << false << true;
    QTest::newRow("damaged, opened and found later") << true << true;
}

void TestIntegrityCheck::checksBeforeOpeningUpToTheLimit()
{
    QFETCH(bool, damaged);
    QFETCH(bool, overTheLimit);
    const QString path = makeProject(damaged);
    QVERIFY(!path.isEmpty());
    IntegrityCheck::setLimitBeforeOpening(overTheLimit ? QFileInfo(path).size() - 1 : QFileInfo(path).size());

    auto project = Project::open(path);
    if (damaged && !overTheLimit) {
        QVERIFY(!project);
        QCOMPARE(project.error().code, StorageError::Code::Corrupt);
        QVERIFY2(project.error().message.contains(QStringLiteral("is damaged and cannot be opened")),
                 qPrintable(project.error().message));
        return;
    }
    ANNALIST_VERIFY_OK(project);
    QCOMPARE((*project)->isCheckDeferred(), overTheLimit);

    // The check left for later, on a connection of its own beside the open project.
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("later"));
    database.setDatabaseName(path);
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(database.open());
    IntegrityCheck check;
    const Result<QString> damage = check.run(database);
    const QString found = damage ? *damage : damage.error().message;
    QCOMPARE(!found.isEmpty(), damaged);
    database.close();
    database = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("later"));
}

void TestIntegrityCheck::stoppedCheckSaysSo()
{
    const QString path = makeProject(false);
    QVERIFY(!path.isEmpty());
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stopped"));
        database.setDatabaseName(path);
        QVERIFY(database.open());
        IntegrityCheck check;
        check.stop();
        const Result<QString> damage = check.run(database);
        QVERIFY(!damage);
        QCOMPARE(damage.error().code, StorageError::Code::Cancelled);
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stopped"));
}

void TestIntegrityCheck::damagedProjectTakesNoEdits()
{
    const QString path = makeProject(false);
    QVERIFY(!path.isEmpty());
    auto project = Project::open(path);
    ANNALIST_VERIFY_OK(project);
    (*project)->setDamaged(QStringLiteral("case.annalist is damaged (page 7)"));
    QVERIFY((*project)->isReadOnly());
    QCOMPARE((*project)->readOnlyReason(), QStringLiteral("case.annalist is damaged (page 7)"));

    ProjectSignals projectSignals;
    QSignalSpy errors(&projectSignals, &ProjectSignals::errorOccurred);
    QUndoStack stack;
    stack.push(new SetSourceGradeCommand(**project, projectSignals, 1, ReliabilityGrade::A));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().at(0).toString().contains(QStringLiteral("is damaged (page 7)")),
             qPrintable(errors.first().at(0).toString()));
    QCOMPARE(stack.count(), 0);
    const auto source = (*project)->sources().summary(1);
    ANNALIST_VERIFY_OK(source);
    QCOMPARE(source->reliability, ReliabilityGrade::Unrated);
}

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
