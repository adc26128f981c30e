// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "evaluation/TimeMlDocument.h"
#include "evaluation/TimeMlWriter.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// TimeML files as TempEval-3 distributes them: the DCT gives the anchor, TEXT loses its
// tags, and every gold TIMEX3 keeps exact offsets into the plain text.
class TestTimeMlDocument : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void developmentFiles_data();
    void developmentFiles();
    void malformed_data();
    void malformed();
    void missingFile();
    void timeFromValue_data();
    void timeFromValue();
    void writerRoundTrip();
};

namespace {

QByteArray document(const QByteArray &text, const QByteArray &dct = "1997-04-01")
{
    return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>TEST</DOCID>\n"
           "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\""
        + dct
        + "\" functionInDocument=\"CREATION_TIME\">April 1, 1997</TIMEX3></DCT>\n"
          "<TEXT>"
        + text + "</TEXT>\n<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" tense=\"PAST\" />\n</TimeML>\n";
}

// The text between a TIMEX3's tags, with any inner tags removed.
QStringList goldTexts(const QString &raw)
{
    const qsizetype textStart = raw.indexOf(QStringLiteral("<TEXT>"));
    const QString body = raw.mid(textStart, raw.indexOf(QStringLiteral("</TEXT>")) - textStart);
    static const QRegularExpression timex(QStringLiteral("<TIMEX3[^>]*>(.*?)</TIMEX3>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]+>"));
    QStringList texts;
    auto it = timex.globalMatch(body);
    while (it.hasNext()) {
        QString inner = it.next().captured(1);
        inner.remove(tag);
        inner.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        texts << inner;
    }
    return texts;
}

} // namespace

void TestTimeMlDocument::parse_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("timexTexts");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("otherTags");

    QTest::newRow("one timex") << document(
        "Shares fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1997-04-01\">Tuesday</TIMEX3>.")
                               << QStringLiteral("Shares fell Tuesday.") << QStringList { QStringLiteral("Tuesday") }
                               << QStringList { QStringLiteral("1997-04-01") } << QStringList();
    QTest::newRow("events and signals around")
        << document("Shares <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> <SIGNAL sid=\"s1\">for</SIGNAL> "
                    "<TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P3M\">three months</TIMEX3>.")
        << QStringLiteral("Shares fell for three months.") << QStringList { QStringLiteral("three months") }
        << QStringList { QStringLiteral("P3M") } << QStringList { QStringLiteral("EVENT"), QStringLiteral("SIGNAL") };
    QTest::newRow("tag inside a timex") << document(
        "It was <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1996\"><SIGNAL sid=\"s1\">Last</SIGNAL> year</TIMEX3>.")
                                        << QStringLiteral("It was Last year.")
                                        << QStringList { QStringLiteral("Last year") }
                                        << QStringList { QStringLiteral("1996") }
                                        << QStringList { QStringLiteral("SIGNAL") };
    QTest::newRow("entities count once") << document(
        "AT&amp;T &lt;said&gt; <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1997-03-31\">Monday</TIMEX3>")
                                         << QStringLiteral("AT&T <said> Monday")
                                         << QStringList { QStringLiteral("Monday") }
                                         << QStringList { QStringLiteral("1997-03-31") } << QStringList();
    QTest::newRow("lines and several timexes")
        << document("\nFirst <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1997-04\">April 1997</TIMEX3>\n\n"
                    "then <TIMEX3 tid=\"t2\" type=\"SET\" value=\"P1W\">weekly</TIMEX3> \xC3\xA9t\xC3\xA9 "
                    "<TIMEX3 tid=\"t3\" type=\"TIME\" value=\"1997-04-01T10:30\">10:30 a.m.</TIMEX3>\n")
        << QStringLiteral("\nFirst April 1997\n\nthen weekly \u00E9t\u00E9 10:30 a.m.\n")
        << QStringList { QStringLiteral("April 1997"), QStringLiteral("weekly"), QStringLiteral("10:30 a.m.") }
        << QStringList { QStringLiteral("1997-04"), QStringLiteral("P1W"), QStringLiteral("1997-04-01T10:30") }
        << QStringList();
}

void TestTimeMlDocument::parse()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, text);
    QFETCH(QStringList, timexTexts);
    QFETCH(QStringList, values);
    QFETCH(QStringList, otherTags);

    const auto parsed = TimeMlDocument::parse(data, QStringLiteral("test.tml"));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message()));
    QCOMPARE(parsed->text(), text);
    QCOMPARE(parsed->documentId(), QStringLiteral("TEST"));
    QCOMPARE(parsed->creationValue(), QStringLiteral("1997-04-01"));
    QCOMPARE(parsed->creationTime(), TimeValue::day(QDate(1997, 4, 1)));
    QVERIFY(parsed->head().endsWith(QStringLiteral("<TEXT>")));
    QVERIFY(parsed->head().contains(QStringLiteral("CREATION_TIME")));
    QCOMPARE(parsed->instances().size(), 1);
    QCOMPARE(parsed->timexes().size(), timexTexts.size());
    for (qsizetype k = 0; k < timexTexts.size(); ++k) {
        const TimeMlTimex timex = parsed->timexes().at(k);
        QCOMPARE(text.mid(timex.start, timex.end - timex.start), timexTexts.at(k));
        QCOMPARE(timex.value, values.at(k));
        QCOMPARE(timex.tid, QStringLiteral("t%1").arg(k + 1));
    }
    QStringList names;
    for (const TimeMlElement &element : parsed->otherTags())
        names << element.name;
    QCOMPARE(names, otherTags);
}

void TestTimeMlDocument::developmentFiles_data()
{
    QTest::addColumn<QString>("path");
    const QString shared = test::sharedDirectory();
    if (shared.isEmpty())
        QSKIP("../shared is not there");
    const QDir dir(shared + QStringLiteral("/data/timeml-dev"));
    const QStringList names = dir.entryList({ QStringLiteral("*.tml") }, QDir::Files, QDir::Name);
    if (names.isEmpty())
        QSKIP("no development files");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestTimeMlDocument::developmentFiles()
{
    QFETCH(QString, path);
    const auto parsed = TimeMlDocument::read(path);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message()));
    QVERIFY(parsed->creationTime().isKnown());
    QVERIFY(!parsed->text().contains(u'<'));
    const QStringList expected = goldTexts(QString::fromUtf8(test::readFile(path)));
    QCOMPARE(parsed->timexes().size(), expected.size());
    for (qsizetype k = 0; k < expected.size(); ++k) {
        const TimeMlTimex timex = parsed->timexes().at(k);
        QCOMPARE(parsed->text().mid(timex.start, timex.end - timex.start), expected.at(k));
    }
}

void TestTimeMlDocument::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");

    QTest::newRow("mismatched tag") << QByteArray(
        "<TimeML>\n<TEXT>\nShares fell\n<TIMEX3 type=\"DATE\" value=\"1997\">1997</EVENT>\n</TEXT>\n</TimeML>\n")
                                    << 4 << QStringLiteral("");
    QTest::newRow("unclosed document") << QByteArray("<TimeML>\n<TEXT>\nShares fell\n") << 4 << QStringLiteral("");
    QTest::newRow("no text") << QByteArray("<TimeML>\n<DOCID>X</DOCID>\n</TimeML>\n") << 3
                             << QStringLiteral("no <TEXT> element");
    QTest::newRow("timex without type") << QByteArray(
        "<TimeML>\n<TEXT>\n\n<TIMEX3 tid=\"t1\" value=\"1997\">1997</TIMEX3>\n</TEXT>\n</TimeML>\n")
                                        << 4 << QStringLiteral("TIMEX3 without a type attribute");
    QTest::newRow("unknown type") << QByteArray(
        "<TimeML>\n<TEXT>\n<TIMEX3 tid=\"t1\" type=\"EPOCH\" value=\"1997\">1997</TIMEX3>\n</TEXT>\n</TimeML>\n")
                                  << 3 << QStringLiteral("TIMEX3 of unknown type 'EPOCH'");
    QTest::newRow("not utf-8") << QByteArray("<TimeML><TEXT>caf\xE9</TEXT></TimeML>") << 1
                               << QStringLiteral("the file is not UTF-8");
    QTest::newRow("dct not a date") << QByteArray(
        "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"soon\">x</TIMEX3></DCT><TEXT>x</TEXT></TimeML>")
                                    << 1 << QStringLiteral("DCT value 'soon' is not a date");
}

void TestTimeMlDocument::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, reason);

    const auto parsed = TimeMlDocument::parse(data, QStringLiteral("/data/bad.tml"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().fileName, QStringLiteral("/data/bad.tml"));
    QCOMPARE(parsed.error().line, qint64(line));
    QVERIFY(parsed.error().message().startsWith(QStringLiteral("/data/bad.tml:%1: ").arg(line)));
    if (!reason.isEmpty())
        QCOMPARE(parsed.error().reason, reason);
    else
        QVERIFY(!parsed.error().reason.isEmpty());
}

void TestTimeMlDocument::missingFile()
{
    const auto parsed = TimeMlDocument::read(QStringLiteral("/no/such/file.tml"));
    QVERIFY(!parsed);
    QVERIFY(parsed.error().message().startsWith(QStringLiteral("/no/such/file.tml:0: cannot read the file")));
}

void TestTimeMlDocument::timeFromValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("edtf");

    QTest::newRow("day") << QStringLiteral("1997-04-01") << QStringLiteral("1997-04-01");
    QTest::newRow("minute") << QStringLiteral("1998-01-08T10:30") << QStringLiteral("1998-01-08T10:30Z");
    QTest::newRow("month") << QStringLiteral("1997-04") << QStringLiteral("1997-04");
    QTest::newRow("year") << QStringLiteral("1997") << QStringLiteral("1997");
    QTest::newRow("nonsense") << QStringLiteral("PRESENT_REF") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestTimeMlDocument::timeFromValue()
{
    QFETCH(QString, value);
    QFETCH(QString, edtf);
    QCOMPARE(TimeMlDocument::timeFromValue(value).toEdtf(), edtf);
}

void TestTimeMlDocument::writerRoundTrip()
{
    const QByteArray data
        = document("Shares <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> for three "
                   "<EVENT eid=\"e2\" class=\"STATE\">months &amp; days</EVENT> in <TIMEX3 tid=\"t1\" "
                   "type=\"DATE\" value=\"1997\">1997</TIMEX3>.");
    const auto original = TimeMlDocument::parse(data, QStringLiteral("round.tml"));
    QVERIFY(original);
    const QString text = original->text();
    QCOMPARE(text, QStringLiteral("Shares fell for three months & days in 1997."));

    QList<TimexMatch> system;
    const auto add = [&](const QString &words, Timex::Type type, const QString &value, const QString &mod = {}) {
        TimexMatch match;
        match.start = int(text.indexOf(words));
        match.end = match.start + int(words.size());
        match.type = type;
        match.value = value;
        match.mod = mod;
        system.append(match);
    };
    // "three months" crosses the EVENT "months & days", which must give way.
    add(QStringLiteral("three months"), Timex::Type::Duration, QStringLiteral("P3M"), QStringLiteral("APPROX"));
    add(QStringLiteral("1997"), Timex::Type::Date, QStringLiteral("1997"));

    const QString written = TimeMlWriter::write(*original, system);
    QVERIFY(written.startsWith(original->head()));
    const auto reread = TimeMlDocument::parse(written.toUtf8(), QStringLiteral("round.tml"));
    QVERIFY2(reread, reread ? "" : qPrintable(reread.error().message()));
    QCOMPARE(reread->text(), text);
    QCOMPARE(reread->creationValue(), original->creationValue());
    QCOMPARE(reread->timexes().size(), 2);
    QCOMPARE(reread->timexes().at(0).start, system.at(0).start);
    QCOMPARE(reread->timexes().at(0).end, system.at(0).end);
    QCOMPARE(reread->timexes().at(0).type, Timex::Type::Duration);
    QCOMPARE(reread->timexes().at(0).value, QStringLiteral("P3M"));
    QCOMPARE(reread->timexes().at(0).mod, QStringLiteral("APPROX"));
    QCOMPARE(reread->timexes().at(0).tid, QStringLiteral("t1"));
    QCOMPARE(reread->timexes().at(1).value, QStringLiteral("1997"));
    QCOMPARE(reread->otherTags().size(), 1);
    QCOMPARE(reread->otherTags().at(0).name, QStringLiteral("EVENT"));
    QCOMPARE(text.mid(reread->otherTags().at(0).start, reread->otherTags().at(0).end - reread->otherTags().at(0).start),
             QStringLiteral("fell"));
    QCOMPARE(reread->instances().size(), 1);
    QVERIFY(!written.contains(QStringLiteral("TLINK")));

    // A TIMEX3 and an EVENT over the same words nest, the TIMEX3 outside.
    TimexMatch same;
    same.start = int(text.indexOf(QStringLiteral("fell")));
    same.end = same.start + 4;
    same.value = QStringLiteral("XXXX");
    const QString nested = TimeMlWriter::write(*original, { same });
    QVERIFY(nested.contains(QStringLiteral("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"XXXX\"><EVENT eid=\"e1\" "
                                           "class=\"OCCURRENCE\">fell</EVENT></TIMEX3>")));
    QVERIFY(TimeMlDocument::parse(nested.toUtf8(), QStringLiteral("nested.tml")));
}

QTEST_GUILESS_MAIN(TestTimeMlDocument)
#include "tst_timemldocument.moc"
