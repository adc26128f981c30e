// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Entity.h"
#include "model/Mention.h"
#include "model/Source.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include "ProjectFixture.h"

#include <QTest>

using namespace annalist;

Q_DECLARE_METATYPE(annalist::Mention::Origin)
Q_DECLARE_METATYPE(annalist::Mention::Status)

namespace {

const QString body
    = QStringLiteral("Senator Marco Rubio met President-elect Claudia Sheinbaum in Mexico City on Tuesday.");

} // namespace

class TestMentionRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void addAllKeepsOrderOfIds();
    void listForSourceIsInTextOrder();
    void listForEntity();
    void addAllIsAtomic();
    void rejects_data();
    void rejects();
    void setStatusAndEntity();
    void unknownIdsAreNotFound();
    void remove();
    void countByStatus();
    void removingTheSourceRemovesItsMentions();
    void restoreKeepsTheId();
    void countByEntity();

private:
    MentionRepository &mentions() { return m_project->mentions(); }
    Mention mention(int start, int end, qint64 entityId = 0) const;

    test::ProjectFixture m_project;
    qint64 m_source = 0;
    qint64 m_rubio = 0;
    qint64 m_sheinbaum = 0;
};

void TestMentionRepository::init()
{
    QVERIFY(m_project.create());

    m_source = m_project.addTextSource(body);
    QVERIFY(m_source > 0);
    m_rubio = m_project.addEntity(QStringLiteral("Marco Rubio"));
    QVERIFY(m_rubio > 0);
    m_sheinbaum = m_project.addEntity(QStringLiteral("Claudia Sheinbaum"));
    QVERIFY(m_sheinbaum > 0);
}

void TestMentionRepository::cleanup()
{
    m_project.close();
}

Mention TestMentionRepository::mention(int start, int end, qint64 entityId) const
{
    Mention result;
    result.entityId = entityId != 0 ? entityId : m_rubio;
    result.sourceId = m_source;
    result.start = start;
    result.end = end;
    result.quote = body.mid(start, end - start);
    result.contextBefore = body.mid(std::max(0, start - 10), start - std::max(0, start - 10));
    result.contextAfter = body.mid(end, 10);
    return result;
}

void TestMentionRepository::roundTrip_data()
{
    QTest::addColumn<Mention::Origin>("origin");
    QTest::addColumn<Mention::Status>("status");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("manual, confirmed") << Mention::Origin::Manual << Mention::Status::Confirmed
                                       << QStringLiteral("Marco Rubio") << QStringLiteral("Senator ")
                                       << QStringLiteral(" met");
    QTest::newRow("gazetteer, candidate")
        << Mention::Origin::Gazetteer << Mention::Status::Candidate << QStringLiteral("Rubio")
        << QStringLiteral("Marco ") << QStringLiteral(" met Presi");
    QTest::newRow("detector, rejected, no context") << Mention::Origin::Detector << Mention::Status::Rejected
                                                    << QStringLiteral("Senator") << QString() << QString();
    QTest::newRow("non-ASCII and line breaks")
        << Mention::Origin::Manual << Mention::Status::Candidate << QStringLiteral("Ciudad de México")
        << QStringLiteral("en la\n") << QStringLiteral(", el «martes»");
}

void TestMentionRepository::roundTrip()
{
    QFETCH(Mention::Origin, origin);
    QFETCH(Mention::Status, status);
    QFETCH(QString, quote);
    QFETCH(QString, before);
    QFETCH(QString, after);

    Mention stored;
    stored.entityId = m_sheinbaum;
    stored.sourceId = m_source;
    stored.start = 14;
    stored.end = 14 + static_cast<int>(quote.size());
    stored.origin = origin;
    stored.status = status;
    stored.quote = quote;
    stored.contextBefore = before;
    stored.contextAfter = after;

    const Result<qint64> id = mentions().add(stored);
    ANNALIST_VERIFY_OK(id);
    QVERIFY(m_project.reopen());

    const Result<Mention> found = mentions().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->id, *id);
    QCOMPARE(found->entityId, m_sheinbaum);
    QCOMPARE(found->sourceId, m_source);
    QCOMPARE(found->start, stored.start);
    QCOMPARE(found->end, stored.end);
    QCOMPARE(found->origin, origin);
    QCOMPARE(found->status, status);
    QCOMPARE(found->quote, quote);
    QCOMPARE(found->contextBefore, before);
    QCOMPARE(found->contextAfter, after);

    const Result<QList<Mention>> listed = mentions().listForSource(m_source);
    ANNALIST_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().quote, quote);
    QCOMPARE(listed->first().contextAfter, after);
}

void TestMentionRepository::addAllKeepsOrderOfIds()
{
    const QList<Mention> batch = { mention(40, 57, m_sheinbaum), mention(8, 19), mention(14, 19) };
    const Result<QList<qint64>> ids = mentions().addAll(batch);
    ANNALIST_VERIFY_OK(ids);
    QCOMPARE(ids->size(), 3);
    for (int i = 0; i < batch.size(); ++i) {
        const Result<Mention> found = mentions().find(ids->at(i));
        ANNALIST_VERIFY_OK(found);
        QCOMPARE(found->start, batch.at(i).start);
        QCOMPARE(found->quote, batch.at(i).quote);
    }
    ANNALIST_VERIFY_OK(mentions().addAll({}));
}

void TestMentionRepository::listForSourceIsInTextOrder()
{
    ANNALIST_VERIFY_OK(mentions().addAll(
        { mention(40, 57, m_sheinbaum), mention(14, 19), mention(8, 19), mention(8, 13), mention(61, 72) }));
    const qint64 otherSource = m_project.addTextSource(QStringLiteral("Rubio spoke."));
    Mention elsewhere = mention(0, 5);
    elsewhere.sourceId = otherSource;
    ANNALIST_VERIFY_OK(mentions().add(elsewhere));

    const Result<QList<Mention>> listed = mentions().listForSource(m_source);
    ANNALIST_VERIFY_OK(listed);
    QList<QPair<int, int>> spans;
    for (const Mention &m : *listed)
        spans.append({ m.start, m.end });
    QCOMPARE(spans, (QList<QPair<int, int>> { { 8, 13 }, { 8, 19 }, { 14, 19 }, { 40, 57 }, { 61, 72 } }));
    QCOMPARE(mentions().listForSource(otherSource)->size(), 1);
    QVERIFY(mentions().listForSource(9999)->isEmpty());
}

void TestMentionRepository::listForEntity()
{
    const qint64 otherSource = m_project.addTextSource(QStringLiteral("Rubio spoke. Sheinbaum listened."));
    Mention elsewhere = mention(0, 5);
    elsewhere.sourceId = otherSource;
    ANNALIST_VERIFY_OK(mentions().addAll({ elsewhere, mention(40, 57, m_sheinbaum), mention(14, 19), mention(8, 19) }));

    const Result<QList<Mention>> rubio = mentions().listForEntity(m_rubio);
    ANNALIST_VERIFY_OK(rubio);
    QCOMPARE(rubio->size(), 3);
    QCOMPARE(rubio->at(0).sourceId, m_source);
    QCOMPARE(rubio->at(0).start, 8);
    QCOMPARE(rubio->at(1).start, 14);
    QCOMPARE(rubio->at(2).sourceId, otherSource);
    for (const Mention &m : *rubio)
        QCOMPARE(m.entityId, m_rubio);
    QCOMPARE(mentions().listForEntity(m_sheinbaum)->size(), 1);
}

void TestMentionRepository::addAllIsAtomic()
{
    Mention broken = mention(20, 20);
    const Result<QList<qint64>> ids = mentions().addAll({ mention(8, 19), mention(14, 19), broken, mention(40, 57) });
    QVERIFY(!ids);
    QCOMPARE(ids.error().code, StorageError::Code::Constraint);
    QVERIFY(mentions().listForSource(m_source)->isEmpty());

    // The repository stays usable after a failed batch.
    ANNALIST_VERIFY_OK(mentions().addAll({ mention(8, 19) }));
    QCOMPARE(mentions().listForSource(m_source)->size(), 1);
}

void TestMentionRepository::rejects_data()
{
    QTest::addColumn<qint64>("entityId");
    QTest::addColumn<qint64>("sourceId");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");

    QTest::newRow("unknown entity") << qint64(9999) << qint64(-1) << 0 << 5;
    QTest::newRow("unknown source") << qint64(-1) << qint64(9999) << 0 << 5;
    QTest::newRow("empty span") << qint64(-1) << qint64(-1) << 5 << 5;
    QTest::newRow("reversed span") << qint64(-1) << qint64(-1) << 9 << 5;
    QTest::newRow("negative start") << qint64(-1) << qint64(-1) << -1 << 5;
}

void TestMentionRepository::rejects()
{
    QFETCH(qint64, entityId);
    QFETCH(qint64, sourceId);
    QFETCH(int, start);
    QFETCH(int, end);

    Mention bad = mention(0, 5);
    if (entityId >= 0)
        bad.entityId = entityId;
    if (sourceId >= 0)
        bad.sourceId = sourceId;
    bad.start = start;
    bad.end = end;

    const Result<qint64> id = mentions().add(bad);
    QVERIFY(!id);
    QCOMPARE(id.error().code, StorageError::Code::Constraint);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(mentions().countByStatus()->value(Mention::Status::Candidate), 0);
}

void TestMentionRepository::setStatusAndEntity()
{
    const Result<qint64> id = mentions().add(mention(8, 19));
    ANNALIST_VERIFY_OK(id);

    ANNALIST_VERIFY_OK(mentions().setStatus(*id, Mention::Status::Confirmed));
    ANNALIST_VERIFY_OK(mentions().setEntity(*id, m_sheinbaum));
    const Status unknownEntity = mentions().setEntity(*id, 9999);
    QVERIFY(!unknownEntity);
    QCOMPARE(unknownEntity.error().code, StorageError::Code::Constraint);

    QVERIFY(m_project.reopen());
    const Result<Mention> found = mentions().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->status, Mention::Status::Confirmed);
    QCOMPARE(found->entityId, m_sheinbaum);
    QCOMPARE(found->quote, QStringLiteral("Marco Rubio"));
}

void TestMentionRepository::unknownIdsAreNotFound()
{
    QCOMPARE(mentions().find(9999).error().code, StorageError::Code::NotFound);
    QCOMPARE(mentions().setStatus(9999, Mention::Status::Rejected).error().code, StorageError::Code::NotFound);
    QCOMPARE(mentions().setEntity(9999, m_rubio).error().code, StorageError::Code::NotFound);
    QCOMPARE(mentions().remove(9999).error().code, StorageError::Code::NotFound);
}

void TestMentionRepository::remove()
{
    const Result<QList<qint64>> ids = mentions().addAll({ mention(8, 19), mention(40, 57, m_sheinbaum) });
    ANNALIST_VERIFY_OK(ids);
    ANNALIST_VERIFY_OK(mentions().remove(ids->at(0)));
    QCOMPARE(mentions().remove(ids->at(0)).error().code, StorageError::Code::NotFound);

    QVERIFY(m_project.reopen());
    QCOMPARE(mentions().find(ids->at(0)).error().code, StorageError::Code::NotFound);
    const Result<QList<Mention>> left = mentions().listForSource(m_source);
    ANNALIST_VERIFY_OK(left);
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().id, ids->at(1));
}

void TestMentionRepository::countByStatus()
{
    const Result<QMap<Mention::Status, int>> empty = mentions().countByStatus();
    ANNALIST_VERIFY_OK(empty);
    QCOMPARE(empty->size(), 3);
    QCOMPARE(empty->value(Mention::Status::Candidate, -1), 0);
    QCOMPARE(empty->value(Mention::Status::Confirmed, -1), 0);
    QCOMPARE(empty->value(Mention::Status::Rejected, -1), 0);

    QList<Mention> batch;
    for (int i = 0; i < 5; ++i)
        batch.append(mention(i, i + 1));
    batch[1].status = Mention::Status::Confirmed;
    batch[2].status = Mention::Status::Confirmed;
    batch[3].status = Mention::Status::Rejected;
    ANNALIST_VERIFY_OK(mentions().addAll(batch));
    const qint64 otherSource = m_project.addTextSource(QStringLiteral("Rubio spoke."));
    Mention elsewhere = mention(0, 5);
    elsewhere.sourceId = otherSource;
    elsewhere.status = Mention::Status::Rejected;
    ANNALIST_VERIFY_OK(mentions().add(elsewhere));

    const Result<QMap<Mention::Status, int>> all = mentions().countByStatus();
    ANNALIST_VERIFY_OK(all);
    QCOMPARE(all->value(Mention::Status::Candidate), 2);
    QCOMPARE(all->value(Mention::Status::Confirmed), 2);
    QCOMPARE(all->value(Mention::Status::Rejected), 2);

    const Result<QMap<Mention::Status, int>> inSource = mentions().countByStatus(otherSource);
    ANNALIST_VERIFY_OK(inSource);
    QCOMPARE(inSource->value(Mention::Status::Candidate, -1), 0);
    QCOMPARE(inSource->value(Mention::Status::Confirmed, -1), 0);
    QCOMPARE(inSource->value(Mention::Status::Rejected), 1);
}

void TestMentionRepository::removingTheSourceRemovesItsMentions()
{
    ANNALIST_VERIFY_OK(mentions().addAll({ mention(8, 19), mention(40, 57, m_sheinbaum) }));
    ANNALIST_VERIFY_OK(m_project->sources().remove(m_source));
    QVERIFY(mentions().listForEntity(m_rubio)->isEmpty());
    QVERIFY(mentions().listForEntity(m_sheinbaum)->isEmpty());
}

void TestMentionRepository::restoreKeepsTheId()
{
    Mention original = mention(8, 19);
    original.status = Mention::Status::Confirmed;
    original.origin = Mention::Origin::Gazetteer;
    const Result<qint64> id = mentions().add(original);
    ANNALIST_VERIFY_OK(id);
    original.id = *id;
    ANNALIST_VERIFY_OK(mentions().add(mention(40, 57, m_sheinbaum)));
    ANNALIST_VERIFY_OK(mentions().remove(*id));

    ANNALIST_VERIFY_OK(mentions().restore(original));
    const Status again = mentions().restore(original);
    QVERIFY(!again);
    QCOMPARE(again.error().code, StorageError::Code::Constraint);
    Mention unnumbered = original;
    unnumbered.id = 0;
    QCOMPARE(mentions().restore(unnumbered).error().code, StorageError::Code::Constraint);

    QVERIFY(m_project.reopen());
    const Result<Mention> found = mentions().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->start, 8);
    QCOMPARE(found->end, 19);
    QCOMPARE(found->status, Mention::Status::Confirmed);
    QCOMPARE(found->origin, Mention::Origin::Gazetteer);
    QCOMPARE(found->quote, original.quote);
    QCOMPARE(found->contextBefore, original.contextBefore);
    QCOMPARE(found->contextAfter, original.contextAfter);
}

void TestMentionRepository::countByEntity()
{
    const qint64 otherSource = m_project.addTextSource(QStringLiteral("Rubio spoke to Sheinbaum."));
    QList<Mention> batch
        = { mention(0, 7), mention(8, 19), mention(40, 57, m_sheinbaum), mention(20, 23, m_sheinbaum) };
    batch[3].status = Mention::Status::Rejected;
    Mention elsewhere = mention(0, 5);
    elsewhere.sourceId = otherSource;
    elsewhere.status = Mention::Status::Confirmed;
    batch.append(elsewhere);
    ANNALIST_VERIFY_OK(mentions().addAll(batch));

    const Result<QHash<qint64, EntityMentionCount>> counts = mentions().countByEntity();
    ANNALIST_VERIFY_OK(counts);
    QCOMPARE(counts->size(), 2);
    QCOMPARE(counts->value(m_rubio).mentions, 3);
    QCOMPARE(counts->value(m_rubio).sources, 2);
    QCOMPARE(counts->value(m_sheinbaum).mentions, 1);
    QCOMPARE(counts->value(m_sheinbaum).sources, 1);
}

QTEST_GUILESS_MAIN(TestMentionRepository)
#include "tst_mentionrepository.moc"
