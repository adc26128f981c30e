// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFixture.h"
#include "GoldenFile.h"
#include "export/ExportContentLoader.h"
#include "export/ExportOptions.h"
#include "export/TimelineJsonWriter.h"
#include "storage/Project.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace annalist;

// The chronology as TimelineJS3 JSON: compared with a golden file and parsed back.
class TestTimelineJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesTheGoldenFile();
    void slidesHaveTimelineJsDates_data();
    void slidesHaveTimelineJsDates();
    void keepsWholeEventsForReadingBack();
    void titleSlideAndGroups();
    void attributionOnlyWhenAsked();

private:
    QJsonObject parsed();
    test::ProjectFixture m_fixture;
    QByteArray m_json;
};

void TestTimelineJsonWriter::initTestCase()
{
    QVERIFY(m_fixture.create());
    QVERIFY(test::ExportFixture::fill(m_fixture));
    const Result<ExportContent> content = ExportContentLoader(m_fixture.project()).load({});
    QVERIFY(content);
    ExportOptions options;
    options.format = ExportFormat::Json;
    options.title = QStringLiteral("Port of Sorrel <concession>");
    options.generatedAt = test::ExportFixture::generatedAt();
    m_json = TimelineJsonWriter::write(*content, options);
}

QJsonObject TestTimelineJsonWriter::parsed()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_json, &error);
    if (document.isNull())
        qWarning("%s", qPrintable(error.errorString()));
    return document.object();
}

void TestTimelineJsonWriter::matchesTheGoldenFile()
{
    const QString difference = test::GoldenFile::difference(QStringLiteral("core/export/golden/fixture.json"), m_json);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

namespace {

// The parts a TimelineJS date gives, "2025/2/14 10:30"; empty for none.
QString dateText(const QJsonObject &date)
{
    QStringList parts;
    for (const char *field : { "year", "month", "day" }) {
        if (date.contains(QString::fromLatin1(field)))
            parts << QString::number(date.value(QString::fromLatin1(field)).toInt());
    }
    QString text = parts.join(u'/');
    if (date.contains(QStringLiteral("hour")))
        text += QStringLiteral(" %1:%2")
                    .arg(date.value(QStringLiteral("hour")).toInt())
                    .arg(date.value(QStringLiteral("minute")).toInt(), 2, 10, QLatin1Char('0'));
    return text;
}

} // namespace

void TestTimelineJsonWriter::slidesHaveTimelineJsDates_data()
{
    QTest::addColumn<int>("slide");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("displayDate");
    QTest::newRow("open start: the known end") << 0 << QStringLiteral("Tender announced") << QStringLiteral("2024/9/30")
                                               << QString() << QStringLiteral("until 30 Sep 2024 (inclusive)");
    QTest::newRow("span of days") << 1 << QStringLiteral("Board approves payments to Greyfield Advisory")
                                  << QStringLiteral("2024/12/1") << QStringLiteral("2025/2/2")
                                  << QStringLiteral("between 1 Dec 2024 and 2 Feb 2025");
    QTest::newRow("month, roughly") << 2 << QStringLiteral("Tender criteria changed twice") << QStringLiteral("2025/1")
                                    << QString() << QStringLiteral("c. Jan 2025");
    QTest::newRow("day") << 3 << QStringLiteral("Concession awarded to Bellwether Marine") << QStringLiteral("2025/2/3")
                         << QString() << QStringLiteral("3 Feb 2025");
    QTest::newRow("minute") << 4 << QStringLiteral("Committee hearing on the concession")
                            << QStringLiteral("2025/2/14 10:30") << QString()
                            << QStringLiteral("14 Feb 2025 10:30 UTC");
}

void TestTimelineJsonWriter::slidesHaveTimelineJsDates()
{
    QFETCH(int, slide);
    QFETCH(QString, headline);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, displayDate);
    const QJsonArray events = parsed().value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 5);
    const QJsonObject object = events.at(slide).toObject();
    QCOMPARE(object.value(QStringLiteral("text")).toObject().value(QStringLiteral("headline")).toString(), headline);
    QCOMPARE(dateText(object.value(QStringLiteral("start_date")).toObject()), start);
    QCOMPARE(dateText(object.value(QStringLiteral("end_date")).toObject()), end);
    QCOMPARE(object.value(QStringLiteral("display_date")).toString(), displayDate);
    QCOMPARE(object.value(QStringLiteral("unique_id")).toString(), QStringLiteral("event-%1").arg(slide + 1));
}

void TestTimelineJsonWriter::keepsWholeEventsForReadingBack()
{
    const QJsonObject root = parsed();
    const QJsonObject award
        = root.value(QStringLiteral("events")).toArray().at(3).toObject().value(QStringLiteral("annalist")).toObject();
    QCOMPARE(award.value(QStringLiteral("time")).toString(), QStringLiteral("2025-02-03"));
    QCOMPARE(award.value(QStringLiteral("place")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Port of Sorrel"));
    const QJsonArray participants = award.value(QStringLiteral("participants")).toArray();
    QCOMPARE(participants.size(), 3);
    QCOMPARE(participants.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("winner"));
    QCOMPARE(participants.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("Organisation"));
    const QJsonArray evidence = award.value(QStringLiteral("evidence")).toArray();
    QCOMPARE(evidence.size(), 2);
    QCOMPARE(evidence.at(1).toObject().value(QStringLiteral("quote")).toString(),
             QStringLiteral("one week after the concession was awarded"));
    QCOMPARE(evidence.at(1).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("Opposition alleges the tender was rigged"));

    // The undated event, which TimelineJS cannot place, is kept beside the slides.
    const QJsonArray undated
        = root.value(QStringLiteral("annalist")).toObject().value(QStringLiteral("undated")).toArray();
    QCOMPARE(undated.size(), 1);
    QCOMPARE(undated.at(0).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Informal contacts with the bidders"));
    QCOMPARE(undated.at(0).toObject().value(QStringLiteral("time")).toString(), QString());
}

void TestTimelineJsonWriter::titleSlideAndGroups()
{
    const QJsonObject root = parsed();
    const QJsonObject title = root.value(QStringLiteral("title")).toObject().value(QStringLiteral("text")).toObject();
    // Headlines are HTML in TimelineJS: text is escaped.
    QCOMPARE(title.value(QStringLiteral("headline")).toString(), QStringLiteral("Port of Sorrel &lt;concession&gt;"));
    QStringList groups;
    for (const QJsonValue &slide : root.value(QStringLiteral("events")).toArray())
        groups << slide.toObject().value(QStringLiteral("group")).toString();
    QCOMPARE(groups,
             (QStringList { QStringLiteral("Tender"), QStringLiteral("Payments"), QStringLiteral("Tender"),
                            QStringLiteral("Tender"), QStringLiteral("Parliament") }));
    // The slide's text has the quotes, escaped.
    const QString text = root.value(QStringLiteral("events"))
                             .toArray()
                             .at(2)
                             .toObject()
                             .value(QStringLiteral("text"))
                             .toObject()
                             .value(QStringLiteral("text"))
                             .toString();
    QVERIFY2(text.contains(QStringLiteral(
                 "<blockquote>&quot;The criteria were fair; every bidder knew them.&quot;</blockquote>")),
             qPrintable(text));
}

void TestTimelineJsonWriter::attributionOnlyWhenAsked()
{
    const Result<ExportContent> content = ExportContentLoader(m_fixture.project()).load({});
    QVERIFY(content);
    ExportOptions options;
    options.format = ExportFormat::Json;
    options.generatedAt = test::ExportFixture::generatedAt();
    options.attribution = true;
    const QJsonObject root = QJsonDocument::fromJson(TimelineJsonWriter::write(*content, options)).object();
    const QJsonArray slides = root.value(QStringLiteral("events")).toArray();
    QVERIFY(!slides.isEmpty());
    const QString self = m_fixture.project().userName();
    int passages = 0;
    for (const QJsonValue &slide : slides) {
        const QJsonObject event = slide.toObject().value(QStringLiteral("annalist")).toObject();
        QCOMPARE(event.value(QStringLiteral("changedBy")).toString(), self);
        QVERIFY(QDateTime::fromString(event.value(QStringLiteral("changedAt")).toString(), Qt::ISODate).isValid());
        for (const QJsonValue &passage : event.value(QStringLiteral("evidence")).toArray()) {
            QCOMPARE(passage.toObject().value(QStringLiteral("changedBy")).toString(), self);
            ++passages;
        }
    }
    QVERIFY(passages > 0);
    // Without the option, nobody is named.
    QVERIFY(!m_json.contains("changedBy"));
    QVERIFY(!m_json.contains("changedAt"));
}

QTEST_MAIN(TestTimelineJsonWriter)
#include "tst_timelinejsonwriter.moc"
