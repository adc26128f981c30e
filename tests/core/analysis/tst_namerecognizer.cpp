// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis/NameRecognizer.h"

#include "ProcessorTime.h"
#include "TestData.h"

#include <QDir>
#include <QtTest>

using namespace annalist;

namespace {

// "Type|surface" or "Type|surface|canonical" or "Type|surface|canonical|role".
QString describe(const QString &text, const NameCandidate &candidate)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(candidate.type, text.mid(candidate.start, candidate.end - candidate.start), candidate.canonical,
             candidate.role);
}

bool matches(const QString &text, const NameCandidate &candidate, const QString &expected)
{
    const QStringList parts = expected.split(QLatin1Char('|'));
    if (parts.size() < 2 || candidate.type != parts.at(0)
        || text.mid(candidate.start, candidate.end - candidate.start) != parts.at(1))
        return false;
    if (parts.size() > 2 && !parts.at(2).isEmpty() && candidate.canonical != parts.at(2))
        return false;
    if (parts.size() > 3 && candidate.role != parts.at(3))
        return false;
    return true;
}

QString listing(const QString &text, const QList<NameCandidate> &candidates)
{
    QStringList lines;
    for (const NameCandidate &candidate : candidates)
        lines.append(describe(text, candidate));
    return lines.join(QStringLiteral("\n  "));
}

} // namespace

class TestNameRecognizer : public QObject
{
    Q_OBJECT

private slots:
    void recognize_data();
    void recognize();
    void offsetsAreExact();
    void candidatesDoNotOverlap();
    void seeds();
    void speed();
};

void TestNameRecognizer::recognize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");

    auto row = [](const char *name, const char *text, const QStringList &expected, const QStringList &absent = {}) {
        QTest::newRow(name) << QString::fromUtf8(text) << expected << absent;
    };
    auto l = [](std::initializer_list<const char *> items) {
        QStringList list;
        for (const char *item : items)
            list.append(QString::fromUtf8(item));
        return list;
    };

    // Titles before names, recorded as roles.
    row("senator", "The bill was backed by Senator Marco Rubio on Tuesday.",
        l({ "Title|Senator", "Person|Marco Rubio|Marco Rubio|Senator" }));
    row("president-elect", "Talks went on with President-elect Claudia Sheinbaum yesterday.",
        l({ "Title|President-elect", "Person|Claudia Sheinbaum|Claudia Sheinbaum|President-elect" }));
    row("secretary of state", "The U.S. Secretary of State Marco Rubio arrived late.",
        l({ "Place|U.S.", "Title|Secretary of State", "Person|Marco Rubio||Secretary of State" }));
    row("foreign secretary", "They met Foreign Secretary Juan Ramon de la Fuente at noon.",
        l({ "Title|Foreign Secretary", "Person|Juan Ramon de la Fuente||Foreign Secretary" }));
    row("prime minister", "A letter reached Prime Minister Anna Lindqvist last week.",
        l({ "Title|Prime Minister", "Person|Anna Lindqvist||Prime Minister" }));
    row("governor", "It was signed by Governor Tom Halvorsen in the morning.",
        l({ "Title|Governor", "Person|Tom Halvorsen||Governor" }));
    row("title of place", "The deal was praised by the President of Peru on Friday.",
        l({ "Title|President", "Place|Peru" }), l({ "President of Peru" }));
    row("appositive after", "We spoke to Claudia Sheinbaum, the President-elect of Mexico, on Monday.",
        l({ "Person|Claudia Sheinbaum||President-elect", "Title|President-elect", "Place|Mexico" }));
    row("appositive before", "The visit was confirmed by the President-elect, Claudia Sheinbaum.",
        l({ "Person|Claudia Sheinbaum||President-elect" }));
    row("title alone sentence-initial", "President-elect Sheinbaum spoke. Later Claudia Sheinbaum left.",
        l({ "Person|Sheinbaum|Claudia Sheinbaum|President-elect" }));
    row("acronym prefix", "US Senator Ted Cruz said little.",
        l({ "Place|US", "Title|Senator", "Person|Ted Cruz||Senator" }));
    // Connectors, hyphens, initials.
    row("connector de la", "Officials said Juan Ramon de la Fuente would attend.",
        l({ "Person|Juan Ramon de la Fuente" }));
    row("connector van", "The painting was sold by Pieter van der Berg in Utrecht.",
        l({ "Person|Pieter van der Berg" }));
    row("connector von", "A speech by Ursula von Falkenrath opened the forum.", l({ "Person|Ursula von Falkenrath" }));
    row("connector bin", "The envoy Hamad bin Khalifa met reporters.", l({ "Person|Hamad bin Khalifa" }));
    row("al- prefix", "Reporters said Rami al-Hakim met the delegation.", l({ "Person|Rami al-Hakim" }));
    row("hyphenated name", "The novel by Jean-Luc Marchand sold well.", l({ "Person|Jean-Luc Marchand" }));
    row("initial", "The report by John F. Kessler was leaked.", l({ "Person|John F. Kessler" }));
    row("honorific", "A statement from Mr. Oduya followed.", l({ "Person|Oduya" }), l({ "Mr. Oduya" }));
    row("honorific dr", "The clinic is run by Dr. Helena Marsh these days.", l({ "Person|Helena Marsh" }));
    // Acronyms.
    row("acronym organisation", "Agents of the DEA raided the warehouse.", l({ "Organisation|DEA" }));
    row("acronym treaty", "The USMCA review starts next year.", l({ "Organisation|USMCA" }));
    row("acronym place", "Exports to the UK rose sharply.", l({ "Place|UK" }));
    row("dotted acronym place", "Trade with the U.S. grew last year.", l({ "Place|U.S." }));
    row("hyphen places", "The U.S.-Mexico border was closed.", l({ "Place|U.S.", "Place|Mexico" }));
    // Possessives.
    row("possessive organisation", "Mexico's Security Cabinet will travel.",
        l({ "Place|Mexico", "Organisation|Security Cabinet" }), l({ "Mexico's", "Mexico's Security Cabinet" }));
    row("curly possessive", "Mexico’s Security Cabinet will travel.", l({ "Organisation|Security Cabinet" }));
    row("possessive alias", "Marco Rubio flew in. Rubio's plane landed at noon.", l({ "Person|Rubio|Marco Rubio" }),
        l({ "Rubio's" }));
    // Organisations and places from heads and cues.
    row("ministry", "The Ministry of Finance denied the report.", l({ "Organisation|Ministry of Finance" }));
    row("bank", "Analysts at Northwind Bank expect a cut.", l({ "Organisation|Northwind Bank" }));
    row("cartel suffix", "The Gulf Cartel lost ground.", l({ "Organisation|Gulf Cartel" }));
    row("cartel de", "Members of the cartel de Santa Rosa were arrested.", l({ "Organisation|cartel de Santa Rosa" }));
    row("company inc", "Shares of Vantor Inc. fell.", l({ "Organisation|Vantor Inc." }));
    row("university", "A study from Harwick University was cited.", l({ "Organisation|Harwick University" }));
    row("city head", "Protests spread in Mexico City overnight.", l({ "Place|Mexico City" }));
    row("preposition place", "The convoy drove from Valdoria to Kestrel overnight.",
        l({ "Place|Valdoria", "Place|Kestrel" }));
    row("coordinated places", "Workers from Lisbon and Corvanto will join.", l({ "Place|Lisbon", "Place|Corvanto" }));
    row("label", "- Enhanced Training and Support: more courses for police.", {}, l({ "Enhanced Training" }));
    row("hyphen places headline", "US-Mexico Talks Resume\nThe US-Mexico talks resumed in Mexico City.",
        l({ "Place|US|US", "Place|Mexico|Mexico" }), l({ "US-Mexico" }));
    row("dateline capitals", "BRENHAVEN - Talks resumed on Monday.", l({ "Place|BRENHAVEN" }));
    row("possessive before title", "Norland's trade minister, Pia Lindqvist, spoke.",
        l({ "Place|Norland", "Person|Pia Lindqvist" }));
    row("demonym inside organisation", "The European Commission replied.", l({ "Organisation|European Commission" }));
    row("demonym before noun", "North American officials agreed.", {}, l({ "North American", "North" }));
    row("organisation head data", "Analysts at Meridian Capital disagreed.", l({ "Organisation|Meridian Capital" }));
    row("known place", "Trade with Ecuador slowed.", l({ "Place|Ecuador" }));
    row("dateline", "Port Arlen, March 3 (Wire) - Flooding closed the port.", l({ "Place|Port Arlen" }));
    row("person verb", "Maria Okonkwo said the vote was fair.", l({ "Person|Maria Okonkwo" }));
    row("person verb unknown first name", "Thandeka Mbeki told reporters nothing.", l({ "Person|Thandeka Mbeki" }));
    // Sentence-initial words.
    row("sentence-initial alone", "Security was tight. Officials left.", {}, l({ "Security", "Officials" }));
    row("sentence-initial stopword", "The talks ended. During the night it rained.", {}, l({ "The", "During" }));
    row("sentence-initial known", "Marco Rubio arrived. Rubio spoke first.", l({ "Person|Rubio|Marco Rubio" }));
    row("sentence-initial followed by capital", "Claudia Sheinbaum spoke.", l({ "Person|Claudia Sheinbaum" }));
    row("month not a name", "In March the talks resumed.", {}, l({ "March", "In March" }));
    row("demonym stripped", "Mexican President Claudia Sheinbaum spoke.",
        l({ "Title|President", "Person|Claudia Sheinbaum||President" }), l({ "Mexican", "Mexican President" }));
    // Headlines.
    row("headline words", "US and Mexico Pledge Enhanced Cooperation Against Crime\nThe talks in Mexico City ended.",
        l({ "Place|US", "Place|Mexico" }),
        l({ "Pledge", "Enhanced Cooperation", "Pledge Enhanced Cooperation Against Crime" }));
    row("headline known name",
        "Sheinbaum Highlights Role In Security Cooperation\nClaudia Sheinbaum, the President-elect, spoke on Monday.",
        l({ "Person|Sheinbaum|Claudia Sheinbaum" }), l({ "Highlights", "Security Cooperation" }));
    row("headline title and name", "Senator Marco Rubio to Visit Mexico\nSenator Marco Rubio said he would go.",
        l({ "Title|Senator", "Person|Marco Rubio||Senator", "Place|Mexico" }), l({ "Visit" }));
    // Alias resolution.
    row("alias surname", "Senator Marco Rubio arrived. Later, Rubio met the press.", l({ "Person|Rubio|Marco Rubio" }));
    row("alias with title", "Claudia Sheinbaum won. President-elect Sheinbaum thanked voters.",
        l({ "Person|Sheinbaum|Claudia Sheinbaum|President-elect" }));
    row("alias connector surname", "Juan Ramon de la Fuente spoke. Sheinbaum and de la Fuente agreed.",
        l({ "Person|de la Fuente|Juan Ramon de la Fuente" }));
    row("alias before full name", "Rubio said yes. Senator Marco Rubio then left.", l({ "Person|Rubio|Marco Rubio" }));
    row("organisation repeated", "The Security Cabinet met. Members of the Security Cabinet agreed.",
        l({ "Organisation|Security Cabinet" }));
}

void TestNameRecognizer::recognize()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QList<NameCandidate> candidates = NameRecognizer().recognize(text);
    for (const QString &item : std::as_const(expected)) {
        const bool found = std::any_of(candidates.cbegin(), candidates.cend(),
                                       [&](const NameCandidate &candidate) { return matches(text, candidate, item); });
        QVERIFY2(found, qPrintable(QStringLiteral("missing %1; got:\n  %2").arg(item, listing(text, candidates))));
    }
    for (const QString &surface : std::as_const(absent)) {
        for (const NameCandidate &candidate : candidates)
            QVERIFY2(text.mid(candidate.start, candidate.end - candidate.start) != surface,
                     qPrintable(QStringLiteral("unexpected %1; got:\n  %2").arg(surface, listing(text, candidates))));
    }
}

void TestNameRecognizer::offsetsAreExact()
{
    const QString text = QStringLiteral("  U.S. Senator Marco Rubio met\nMexico's Security Cabinet in Mexico City.");
    const QList<NameCandidate> candidates = NameRecognizer().recognize(text);
    QStringList surfaces;
    for (const NameCandidate &candidate : candidates)
        surfaces.append(text.mid(candidate.start, candidate.end - candidate.start));
    QCOMPARE(
        surfaces,
        QStringList({ QStringLiteral("U.S."), QStringLiteral("Senator"), QStringLiteral("Marco Rubio"),
                      QStringLiteral("Mexico"), QStringLiteral("Security Cabinet"), QStringLiteral("Mexico City") }));
}

void TestNameRecognizer::candidatesDoNotOverlap()
{
    const QString text = QStringLiteral(
        "Senator Marco Rubio, the Secretary of State, met President Claudia Sheinbaum and Foreign Secretary Juan Ramon "
        "de la Fuente in Mexico City. Rubio's Department of State and the DEA said the U.S.-Mexico talks went well.");
    const QList<NameCandidate> candidates = NameRecognizer().recognize(text);
    QVERIFY(!candidates.isEmpty());
    for (qsizetype index = 1; index < candidates.size(); ++index)
        QVERIFY(candidates.at(index - 1).end <= candidates.at(index).start);
    for (const NameCandidate &candidate : candidates) {
        QVERIFY(candidate.start < candidate.end);
        QVERIFY(candidate.confidence > 0.0 && candidate.confidence <= 1.0);
    }
}

void TestNameRecognizer::seeds()
{
    const QString directory = test::seedsDirectory();
    if (directory.isEmpty() || !QDir(directory).exists())
        QSKIP("seed articles not available");
    const QStringList files = QDir(directory).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("no seed articles");

    QSet<QString> persons;
    QSet<QString> organisations;
    QSet<QString> roles; // "Person|role"
    const NameRecognizer recognizer;
    for (const QString &file : files) {
        const QString text = QString::fromUtf8(test::readFile(QDir(directory).filePath(file)));
        const QList<NameCandidate> candidates = recognizer.recognize(text);
        if (qEnvironmentVariableIsSet("ANNALIST_NAMES_DUMP"))
            qInfo().noquote() << file << "\n  " << listing(text, candidates);
        for (const NameCandidate &candidate : candidates) {
            if (candidate.type == QStringLiteral("Person")) {
                persons.insert(candidate.canonical);
                if (!candidate.role.isEmpty())
                    roles.insert(candidate.canonical + QLatin1Char('|') + candidate.role);
            } else if (candidate.type == QStringLiteral("Organisation")) {
                organisations.insert(candidate.canonical);
            }
        }
    }
    for (const char *name : { "Marco Rubio", "Claudia Sheinbaum", "Ted Cruz", "Juan Ramon de la Fuente" })
        QVERIFY2(persons.contains(QString::fromUtf8(name)), name);
    QVERIFY(organisations.contains(QStringLiteral("Security Cabinet")));
    for (const char *role :
         { "Marco Rubio|Senator", "Marco Rubio|Secretary of State", "Claudia Sheinbaum|President-elect",
           "Claudia Sheinbaum|President", "Juan Ramon de la Fuente|Foreign Secretary", "Ted Cruz|Senator" })
        QVERIFY2(roles.contains(QString::fromUtf8(role)), role);
    // Short forms resolve to the full name rather than standing alone.
    QVERIFY(!persons.contains(QStringLiteral("Rubio")));
    QVERIFY(!persons.contains(QStringLiteral("Sheinbaum")));
}

void TestNameRecognizer::speed()
{
    const QString paragraph = QStringLiteral(
        "U.S. Senator Marco Rubio met with Mexico's President-elect Claudia Sheinbaum in Mexico City, where the "
        "critical issues of cross-border illicit activities and drug trafficking were discussed. Rubio said the DEA "
        "and the Security Cabinet would work together; Foreign Secretary Juan Ramon de la Fuente agreed.\n");
    // News prose: the seed articles when present, else a paragraph with names and
    // two of ordinary prose.
    QString sample;
    const QString directory = test::seedsDirectory();
    if (!directory.isEmpty()) {
        const QStringList files = QDir(directory).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
        for (const QString &file : files)
            sample += QString::fromUtf8(test::readFile(QDir(directory).filePath(file))) + QLatin1Char('\n');
    }
    if (sample.isEmpty()) {
        const QString prose = QStringLiteral(
            "The discussions serve as an important initial step in defining the future of security collaboration "
            "between the two neighbours. Both countries share a vested interest in fostering stability, reducing "
            "violence, and curbing the devastating effects of drug abuse, while officials stressed that any joint "
            "effort must respect the sovereignty of each nation and the rule of law on both sides of the border.\n");
        sample = paragraph + prose + prose;
    }
    const auto repeated = [&sample](qsizetype size) {
        QString text;
        while (text.size() < size)
            text += sample;
        return text;
    };
    // The throughput itself is a benchmark figure (bench analysis); what a test can hold
    // on any machine is the shape: four times the text costs about four times the
    // processor time, never the square of it. Both sizes are past the processor caches,
    // which make a short text cheaper per megabyte than a long one.
    const NameRecognizer recognizer;
    const QString shortText = repeated(4 * 1024 * 1024);
    const QString longText = repeated(16 * 1024 * 1024);
    QList<NameCandidate> candidates;
    const double shortSeconds = test::leastProcessorSeconds(3, [&] { candidates = recognizer.recognize(shortText); });
    QVERIFY(!candidates.isEmpty());
    const qsizetype shortCount = candidates.size();
    const double longSeconds = test::leastProcessorSeconds(2, [&] { candidates = recognizer.recognize(longText); });
    const double megabytes = longText.toUtf8().size() / (1024.0 * 1024.0);
    qInfo("4 MB: %.3f s, %.1f MB: %.3f s (%.1f MB/s), ratio %.1f, %lld candidates", shortSeconds, megabytes,
          longSeconds, megabytes / longSeconds, longSeconds / shortSeconds, qlonglong(candidates.size()));
    QVERIFY(candidates.size() >= 3 * shortCount);
    QVERIFY2(longSeconds <= 8 * shortSeconds,
             qPrintable(QStringLiteral("%1 s for four times the text of %2 s").arg(longSeconds).arg(shortSeconds)));
}

QTEST_GUILESS_MAIN(TestNameRecognizer)
#include "tst_namerecognizer.moc"
