// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BenchCommand.h"
#include "TestData.h"
#include "commandline/CommandLineTool.h"
#include "model/ChronologyAnnotation.h"
#include "model/Entity.h"
#include "model/Event.h"
#include "model/Evidence.h"
#include "model/Mention.h"
#include "model/Source.h"
#include "model/Timex.h"
#include "storage/ChronologyAnnotationRepository.h"
#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/TimexRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace annalist;

// annalist-cli events and chronology, run in-process on a project made here: a
// meeting two outlets date and place differently, a port concession and an audit, and
// an undated rumour.
class TestEventCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEvents();
    void listsEventsAsJson();
    void filtersTheChronology_data();
    void filtersTheChronology();
    void showsCorroborationConflictsAndQuotes();
    void chronologyAsJson();
    void badInput_data();
    void badInput();

private:
    int run(const QStringList &arguments);
    QStringList chronologyTitles(const QStringList &options);

    QTemporaryDir m_dir;
    QString m_project;
    QHash<QString, qint64> m_ids;
    QString m_out;
    QString m_err;
};

int TestEventCommands::run(const QStringList &arguments)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    // As annalist-cli is assembled: the built-in commands and the benchmarks.
    CommandLineTool tool(out, err);
    tool.addCommand(BenchCommand::command(out, err));
    const int status = tool.run(arguments);
    out.flush();
    err.flush();
    return status;
}

void TestEventCommands::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("events.annalist"));
    auto created = Project::create(m_project);
    QVERIFY(created);
    Project &project = **created;

    const auto entity = [&](const QString &name, const QString &type, const QStringList &aliases = {}) {
        Entity value;
        value.typeId = project.entities().findType(type)->id;
        value.canonicalName = name;
        value.aliases = aliases;
        const auto id = project.entities().add(value);
        m_ids.insert(name, id ? *id : 0);
        return id ? *id : 0;
    };
    const qint64 rubio = entity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"));
    const qint64 sheinbaum = entity(QStringLiteral("Claudia Sheinbaum"), QStringLiteral("Person"));
    const qint64 mexicoCity = entity(QStringLiteral("Mexico City"), QStringLiteral("Place"));
    const qint64 washington = entity(QStringLiteral("Washington"), QStringLiteral("Place"));
    entity(QStringLiteral("Gabriel Ortega"), QStringLiteral("Person"), { QStringLiteral("Ortega") });
    entity(QStringLiteral("Ortega"), QStringLiteral("Organisation"));

    const auto source
        = [&](const QString &title, const QString &outlet, const TimeValue &published, const QString &body) {
              Source value;
              value.title = title;
              value.outlet = outlet;
              value.published = published;
              value.reliability = ReliabilityGrade::B;
              value.body = body;
              value.originalBytes = body.toUtf8();
              value.sha256 = QCryptographicHash::hash(value.originalBytes, QCryptographicHash::Sha256);
              const auto id = project.sources().add(value);
              m_ids.insert(title, id ? *id : 0);
              return id ? *id : 0;
          };
    const QString heraldText = QStringLiteral("On 15 September 2024 Marco Rubio met Claudia Sheinbaum in Mexico City.");
    const QString wireText = QStringLiteral("Rubio met Sheinbaum in Washington on 20 September 2024.");
    const qint64 herald = source(QStringLiteral("Herald report"), QStringLiteral("The Herald"),
                                 TimeValue::day(QDate(2024, 9, 16)), heraldText);
    const qint64 wire
        = source(QStringLiteral("Wire story"), QStringLiteral("Wire Service"), TimeValue::unknown(), wireText);
    QVERIFY(rubio && sheinbaum && mexicoCity && washington && herald && wire);

    const auto mention = [&](qint64 entityId, qint64 sourceId, const QString &body, const QString &quote) {
        Mention value;
        value.entityId = entityId;
        value.sourceId = sourceId;
        value.start = static_cast<int>(body.indexOf(quote));
        value.end = value.start + static_cast<int>(quote.size());
        value.status = Mention::Status::Confirmed;
        value.quote = quote;
        return project.mentions().add(value).hasValue();
    };
    QVERIFY(mention(rubio, herald, heraldText, QStringLiteral("Marco Rubio")));
    QVERIFY(mention(sheinbaum, herald, heraldText, QStringLiteral("Claudia Sheinbaum")));
    QVERIFY(mention(mexicoCity, herald, heraldText, QStringLiteral("Mexico City")));
    QVERIFY(mention(rubio, wire, wireText, QStringLiteral("Rubio")));
    QVERIFY(mention(sheinbaum, wire, wireText, QStringLiteral("Sheinbaum")));
    QVERIFY(mention(washington, wire, wireText, QStringLiteral("Washington")));
    const auto timex = [&](qint64 sourceId, const QString &body, const QString &text, const TimeValue &resolved) {
        Timex value;
        value.sourceId = sourceId;
        value.start = static_cast<int>(body.indexOf(text));
        value.end = value.start + static_cast<int>(text.size());
        value.value = resolved.toTimex3();
        value.resolved = resolved;
        return project.timexes().add(value).hasValue();
    };
    QVERIFY(timex(herald, heraldText, QStringLiteral("15 September 2024"), TimeValue::day(QDate(2024, 9, 15))));
    QVERIFY(timex(wire, wireText, QStringLiteral("20 September 2024"), TimeValue::day(QDate(2024, 9, 20))));

    const auto event = [&](const QString &title, const TimeValue &time, qint64 place,
                           const QList<EventParticipant> &participants, const QString &lane, int credibility) {
        Event value;
        value.title = title;
        value.time = time;
        value.placeEntityId = place;
        value.participants = participants;
        value.lane = lane;
        value.credibility = credibility;
        const auto id = project.events().add(value);
        m_ids.insert(title, id ? *id : 0);
        return id ? *id : 0;
    };
    const qint64 meeting
        = event(QStringLiteral("Rubio meets Sheinbaum"), TimeValue::month(2024, 9), mexicoCity,
                { { rubio, QStringLiteral("guest") }, { sheinbaum, {} } }, QStringLiteral("Diplomacy"), 2);
    QVERIFY(meeting);
    QVERIFY(event(QStringLiteral("Port concession signed"), TimeValue::day(QDate(2024, 9, 20)), 0, {},
                  QStringLiteral("Port"), 4));
    QVERIFY(event(QStringLiteral("Audit announced"), TimeValue::year(2025), 0, {}, QStringLiteral("Port"), 0));
    QVERIFY(event(QStringLiteral("Rumour"), TimeValue::unknown(), 0, {}, {}, 0));

    for (const auto &[sourceId, body] : { std::pair(herald, heraldText), std::pair(wire, wireText) }) {
        Evidence passage;
        passage.eventId = meeting;
        passage.sourceId = sourceId;
        passage.end = static_cast<int>(body.size());
        passage.quote = body;
        QVERIFY(project.evidence().add(passage));
    }
    ChronologyAnnotation annotation;
    annotation.eventId = meeting;
    annotation.comment = QStringLiteral("Check the venue");
    QVERIFY(project.annotations().add(annotation));
}

void TestEventCommands::listsEvents()
{
    QCOMPARE(run({ QStringLiteral("events"), m_project }), 0);
    QVERIFY(m_err.isEmpty());
    const QString meeting = QStringLiteral("[%1] Rubio meets Sheinbaum\n"
                                           "    time: Sep 2024 (2024-09)\n"
                                           "    place: Mexico City\n"
                                           "    participants: Marco Rubio (guest), Claudia Sheinbaum\n"
                                           "    evidence: 2 passages\n")
                                .arg(m_ids.value(QStringLiteral("Rubio meets Sheinbaum")));
    QVERIFY2(m_out.startsWith(meeting), qPrintable(m_out));
    QVERIFY2(m_out.contains(QStringLiteral("    time: undated\n    evidence: 0 passages\n")), qPrintable(m_out));
    QVERIFY(m_out.endsWith(QStringLiteral("4 events\n")));
}

void TestEventCommands::listsEventsAsJson()
{
    QCOMPARE(run({ QStringLiteral("events"), m_project, QStringLiteral("--json") }), 0);
    const QJsonArray events = QJsonDocument::fromJson(m_out.toUtf8()).array();
    QCOMPARE(events.size(), 4);
    const QJsonObject meeting = events.at(0).toObject();
    QCOMPARE(meeting.value(QStringLiteral("id")).toInteger(), m_ids.value(QStringLiteral("Rubio meets Sheinbaum")));
    QCOMPARE(meeting.value(QStringLiteral("title")).toString(), QStringLiteral("Rubio meets Sheinbaum"));
    QCOMPARE(meeting.value(QStringLiteral("time")).toObject().value(QStringLiteral("edtf")).toString(),
             QStringLiteral("2024-09"));
    QCOMPARE(meeting.value(QStringLiteral("time")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Sep 2024"));
    QCOMPARE(meeting.value(QStringLiteral("place")).toString(), QStringLiteral("Mexico City"));
    QCOMPARE(meeting.value(QStringLiteral("participants")).toArray().size(), 2);
    QCOMPARE(meeting.value(QStringLiteral("evidence")).toInt(), 2);
    QVERIFY(events.at(3).toObject().value(QStringLiteral("time")).isNull());
}

QStringList TestEventCommands::chronologyTitles(const QStringList &options)
{
    QStringList titles;
    const int status = run(QStringList { QStringLiteral("chronology"), m_project, QStringLiteral("--json") } + options);
    if (status != 0)
        return { QStringLiteral("exit %1: %2").arg(status).arg(m_err) };
    for (const QJsonValue &entry : QJsonDocument::fromJson(m_out.toUtf8()).array())
        titles << entry.toObject().value(QStringLiteral("title")).toString();
    return titles;
}

void TestEventCommands::filtersTheChronology_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("titles");

    const QString meeting = QStringLiteral("Rubio meets Sheinbaum");
    const QString concession = QStringLiteral("Port concession signed");
    const QString audit = QStringLiteral("Audit announced");
    const QString rumour = QStringLiteral("Rumour");
    QTest::newRow("everything, in order") << QStringList() << QStringList { meeting, concession, audit, rumour };
    QTest::newRow("entity by name, any case")
        << QStringList { QStringLiteral("--entity"), QStringLiteral("claudia sheinbaum") } << QStringList { meeting };
    QTest::newRow("entity by id, as place")
        << QStringList { QStringLiteral("--entity"), QStringLiteral("@Mexico City") } << QStringList { meeting };
    QTest::newRow("source") << QStringList { QStringLiteral("--source"), QStringLiteral("@Wire story") }
                            << QStringList { meeting };
    QTest::newRow("lane") << QStringList { QStringLiteral("--lane"), QStringLiteral("Port") }
                          << QStringList { concession, audit };
    QTest::newRow("from, undated included")
        << QStringList { QStringLiteral("--from"), QStringLiteral("2025") } << QStringList { audit, rumour };
    QTest::newRow("to, as --to=") << QStringList { QStringLiteral("--to=2024-09-10") }
                                  << QStringList { meeting, rumour };
    QTest::newRow("credibility") << QStringList { QStringLiteral("--min-credibility"), QStringLiteral("3") }
                                 << QStringList { meeting };
    QTest::newRow("words in a comment") << QStringList { QStringLiteral("--text"), QStringLiteral("VENUE") }
                                        << QStringList { meeting };
    QTest::newRow("words in a quote") << QStringList { QStringLiteral("--text"), QStringLiteral("washington rubio") }
                                      << QStringList { meeting };
    QTest::newRow("conflicts") << QStringList { QStringLiteral("--conflicts") } << QStringList { meeting };
    QTest::newRow("lane and time") << QStringList { QStringLiteral("--lane"), QStringLiteral("Port"),
                                                    QStringLiteral("--from"), QStringLiteral("January 2025") }
                                   << QStringList { audit };
}

void TestEventCommands::filtersTheChronology()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, titles);
    for (QString &option : options) {
        if (option.startsWith(u'@'))
            option = QString::number(m_ids.value(option.mid(1)));
    }
    QCOMPARE(chronologyTitles(options), titles);
}

void TestEventCommands::showsCorroborationConflictsAndQuotes()
{
    QCOMPARE(run({ QStringLiteral("chronology"), m_project }), 0);
    const QString meeting
        = QStringLiteral("Sep 2024 (2024-09), order uncertain\n"
                         "  [%1] Rubio meets Sheinbaum\n"
                         "  place: Mexico City\n"
                         "  participants: Marco Rubio (guest), Claudia Sheinbaum\n"
                         "  lane: Diplomacy\n"
                         "  corroborated by 2 independent sources; credibility 2\n"
                         "  CONFLICT (time): The Herald dates it 15 Sep 2024; Wire Service 20 Sep 2024\n"
                         "  CONFLICT (place): The Herald places it in Mexico City; Wire Service in Washington\n"
                         "  comment: Check the venue\n"
                         "  supports: The Herald (B), 16 Sep 2024: \"On 15 September 2024 Marco Rubio met Claudia "
                         "Sheinbaum in Mexico City.\"\n"
                         "  supports: Wire Service (B): \"Rubio met Sheinbaum in Washington on 20 September 2024.\"\n")
              .arg(m_ids.value(QStringLiteral("Rubio meets Sheinbaum")));
    QVERIFY2(m_out.startsWith(meeting), qPrintable(m_out));
    QVERIFY2(m_out.contains(QStringLiteral("20 Sep 2024 (2024-09-20), order uncertain\n")), qPrintable(m_out));
    QVERIFY2(m_out.contains(QStringLiteral("2025 (2025)\n")), qPrintable(m_out));
    QVERIFY(m_out.contains(QStringLiteral("corroborated by 0 independent sources\n")));
    QVERIFY(m_out.endsWith(QStringLiteral("4 of 4 events\n")));

    QCOMPARE(run({ QStringLiteral("chronology"), m_project, QStringLiteral("--lane"), QStringLiteral("Nowhere") }), 0);
    QCOMPARE(m_out, QStringLiteral("0 of 4 events\n"));
}

void TestEventCommands::chronologyAsJson()
{
    QCOMPARE(run({ QStringLiteral("chronology"), m_project, QStringLiteral("--json"), QStringLiteral("--conflicts") }),
             0);
    const QJsonArray entries = QJsonDocument::fromJson(m_out.toUtf8()).array();
    QCOMPARE(entries.size(), 1);
    const QJsonObject meeting = entries.first().toObject();
    QCOMPARE(meeting.value(QStringLiteral("independentSources")).toInt(), 2);
    QCOMPARE(meeting.value(QStringLiteral("orderUncertain")).toBool(), true);
    QCOMPARE(meeting.value(QStringLiteral("comment")).toString(), QStringLiteral("Check the venue"));
    const QJsonArray conflicts = meeting.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 2);
    QCOMPARE(conflicts.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("time"));
    QCOMPARE(conflicts.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("place"));
    const QJsonArray evidence = meeting.value(QStringLiteral("evidence")).toArray();
    QCOMPARE(evidence.size(), 2);
    const QJsonObject herald = evidence.at(0).toObject();
    QCOMPARE(herald.value(QStringLiteral("outlet")).toString(), QStringLiteral("The Herald"));
    QCOMPARE(herald.value(QStringLiteral("grade")).toString(), QStringLiteral("B"));
    QCOMPARE(herald.value(QStringLiteral("stance")).toString(), QStringLiteral("supports"));
    QCOMPARE(herald.value(QStringLiteral("claimedTime")).toObject().value(QStringLiteral("edtf")).toString(),
             QStringLiteral("2024-09-15"));
    QCOMPARE(herald.value(QStringLiteral("claimedPlaces")).toArray().first().toString(), QStringLiteral("Mexico City"));
    QCOMPARE(herald.value(QStringLiteral("claimedPeople")).toArray().size(), 2);
    QCOMPARE(herald.value(QStringLiteral("reported")).toObject().value(QStringLiteral("edtf")).toString(),
             QStringLiteral("2024-09-16"));
}

void TestEventCommands::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const QString chronology = QStringLiteral("chronology");
    const QString project = QStringLiteral("@project");
    QTest::newRow("events without project")
        << QStringList { QStringLiteral("events") } << 1 << QStringLiteral("events takes one project path");
    QTest::newRow("events with two") << QStringList { QStringLiteral("events"), project, project } << 1
                                     << QStringLiteral("events takes one project path");
    QTest::newRow("chronology without project")
        << QStringList { chronology } << 1 << QStringLiteral("chronology takes one project path");
    QTest::newRow("credibility out of range")
        << QStringList { chronology, project, QStringLiteral("--min-credibility"), QStringLiteral("7") } << 1
        << QStringLiteral("--min-credibility takes a number from 1");
    QTest::newRow("not a time") << QStringList { chronology, project, QStringLiteral("--from"),
                                                 QStringLiteral("soonish") }
                                << 1 << QStringLiteral("--from: ");
    QTest::newRow("open start as --from")
        << QStringList { chronology, project, QStringLiteral("--from"), QStringLiteral("before 2025") } << 1
        << QStringLiteral("--from 'before 2025' has no start");
    QTest::newRow("from after to") << QStringList { chronology,
                                                    project,
                                                    QStringLiteral("--from"),
                                                    QStringLiteral("2025"),
                                                    QStringLiteral("--to"),
                                                    QStringLiteral("2024") }
                                   << 1 << QStringLiteral("--from '2025' is after --to '2024'");
    QTest::newRow("source not an id") << QStringList { chronology, project, QStringLiteral("--source"),
                                                       QStringLiteral("wire") }
                                      << 1 << QStringLiteral("'wire' is not a source id");
    QTest::newRow("option without value")
        << QStringList { chronology, project, QStringLiteral("--lane") } << 1 << QStringLiteral("--lane needs a value");
    QTest::newRow("unknown entity name") << QStringList { chronology, project, QStringLiteral("--entity"),
                                                          QStringLiteral("Nobody") }
                                         << 2 << QStringLiteral("no entity is called \"Nobody\"");
    QTest::newRow("ambiguous entity name")
        << QStringList { chronology, project, QStringLiteral("--entity"), QStringLiteral("ortega") } << 2
        << QStringLiteral("\"ortega\" names 2 entities");
    QTest::newRow("unknown entity id") << QStringList { chronology, project, QStringLiteral("--entity"),
                                                        QStringLiteral("999") }
                                       << 2 << QStringLiteral("999");
    QTest::newRow("unknown source id") << QStringList { chronology, project, QStringLiteral("--source"),
                                                        QStringLiteral("999") }
                                       << 2 << QStringLiteral("999");
    QTest::newRow("missing project") << QStringList { chronology, QStringLiteral("/nonexistent/p.annalist") } << 2
                                     << QStringLiteral("/nonexistent/p.annalist");
    QTest::newRow("bench without events")
        << QStringList { QStringLiteral("bench"), chronology, QStringLiteral("--events"), QStringLiteral("0") } << 1
        << QStringLiteral("--events takes a positive number");
    QTest::newRow("bench with negative evidence")
        << QStringList { QStringLiteral("bench"), chronology, QStringLiteral("--evidence"), QStringLiteral("-5") } << 1
        << QStringLiteral("--evidence takes a number");
    QTest::newRow("events of a missing project")
        << QStringList { QStringLiteral("events"), QStringLiteral("/nonexistent/p.annalist") } << 2
        << QStringLiteral("/nonexistent/p.annalist");
}

void TestEventCommands::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    for (QString &argument : arguments) {
        if (argument == QStringLiteral("@project"))
            argument = m_project;
    }
    QCOMPARE(run(arguments), status);
    QVERIFY2(m_err.contains(message), qPrintable(m_err));
    QVERIFY(m_err.startsWith(QStringLiteral("annalist-cli: ")));
    QVERIFY(m_out.isEmpty());
}

QTEST_GUILESS_MAIN(TestEventCommands)
#include "tst_eventcommands.moc"
