// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFixture.h"
#include "export/BratExporter.h"
#include "export/BratStandoff.h"

#include <QTest>

using namespace annalist;

// The project's confirmed mentions as brat standoff files.
class TestBratExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aTextAndAnAnnotationFilePerSource();
    void annotationsNameTheirEntities();
    void offsetsCountCodePoints();
    void namesComeFromTheText_data();
    void namesComeFromTheText();
    void filterKeepsTheQuotedSources();

private:
    test::ProjectFixture m_fixture;
    QList<std::pair<QString, QByteArray>> m_files;
};

void TestBratExporter::initTestCase()
{
    QVERIFY(m_fixture.create());
    QVERIFY(test::ExportFixture::fill(m_fixture));
    const auto files = BratExporter(m_fixture.project()).files();
    QVERIFY2(files, files ? "" : qPrintable(files.error().message));
    m_files = *files;
}

void TestBratExporter::aTextAndAnAnnotationFilePerSource()
{
    QStringList names;
    for (const auto &[name, bytes] : m_files)
        names << name;
    const QString courier = BratStandoff::baseName(test::ExportFixture::courierText());
    const QString gazette = BratStandoff::baseName(test::ExportFixture::gazetteText());
    const QString brief = BratStandoff::baseName(test::ExportFixture::briefText());
    QVERIFY(courier.startsWith(QStringLiteral("concession-awarded-to-bellwether-marine-")));
    QCOMPARE(names,
             (QStringList { courier + QStringLiteral(".txt"), courier + QStringLiteral(".ann"),
                            gazette + QStringLiteral(".txt"), gazette + QStringLiteral(".ann"),
                            brief + QStringLiteral(".txt"), brief + QStringLiteral(".ann"),
                            QStringLiteral("annotation.conf") }));
    QCOMPARE(m_files.at(0).second, test::ExportFixture::courierText().toUtf8());
    // Types in use, for brat's configuration.
    QCOMPARE(QString::fromUtf8(m_files.last().second).section(QStringLiteral("[entities]\n"), 1).section(u'\n', 0, 3),
             QStringLiteral("Organisation\nPerson\nPlace\n"));
}

void TestBratExporter::annotationsNameTheirEntities()
{
    const QString courier = QString::fromUtf8(m_files.at(1).second);
    const QString text = test::ExportFixture::courierText();
    const int ministry = int(text.indexOf(QStringLiteral("Kestrian Ministry")));
    const int port = int(text.indexOf(QStringLiteral("Port of Sorrel")));
    const int bellwether = int(text.indexOf(QStringLiteral("Bellwether Marine,")));
    const int pell = int(text.indexOf(QStringLiteral("Adrian Pell")));
    // Confirmed mentions in text order; the candidate "AVENTA" is left out.
    QCOMPARE(courier,
             QStringLiteral("T1\tOrganisation %1 %2\tKestrian Ministry of Transport\n#1\tAnnotatorNotes T1\tKestrian "
                            "Ministry of Transport\n"
                            "T2\tPlace %3 %4\tPort of Sorrel\n#2\tAnnotatorNotes T2\tPort of Sorrel\n"
                            "T3\tOrganisation %5 %6\tBellwether Marine\n#3\tAnnotatorNotes T3\tBellwether Marine\n"
                            "T4\tPerson %7 %8\tAdrian Pell\n#4\tAnnotatorNotes T4\tAdrian Pell\n")
                 .arg(ministry)
                 .arg(ministry + 30)
                 .arg(port)
                 .arg(port + 14)
                 .arg(bellwether)
                 .arg(bellwether + 17)
                 .arg(pell)
                 .arg(pell + 11));
    // "Okoro" alone stands for Lina Okoro.
    const QString gazette = QString::fromUtf8(m_files.at(3).second);
    QVERIFY2(gazette.contains(QStringLiteral("\tPerson "))
                 && gazette.contains(QStringLiteral("\tOkoro\n#2\tAnnotatorNotes T2\tLina Okoro\n")),
             qPrintable(gazette));
    QCOMPARE(m_files.at(5).second, QByteArray());
}

void TestBratExporter::offsetsCountCodePoints()
{
    // An emoji is two UTF-16 units and one code point: brat counts the latter.
    const QString text = QStringLiteral("Flag \U0001F1F0\U0001F1EA of Kestria, says Lina Okoro.");
    const int start = int(text.indexOf(QStringLiteral("Lina")));
    const QString ann
        = BratExporter::annotations(text,
                                    { { start, start + 10, QStringLiteral("Person"), QStringLiteral("Lina Okoro") },
                                      { 0, 4, QStringLiteral("Legal Case"), QStringLiteral("Flag") } });
    QCOMPARE(ann,
             QStringLiteral("T1\tLegal_Case 0 4\tFlag\n#1\tAnnotatorNotes T1\tFlag\n"
                            "T2\tPerson %1 %2\tLina Okoro\n#2\tAnnotatorNotes T2\tLina Okoro\n")
                 .arg(start - 2)
                 .arg(start - 2 + 10));
    const BratStandoff::Offsets offsets(text);
    QCOMPARE(offsets.toCodePoint(start), start - 2);
    QCOMPARE(offsets.toUtf16(start - 2), start);
    QCOMPARE(offsets.toUtf16(5), 5);
    QCOMPARE(offsets.toUtf16(6), 7);
    QCOMPARE(offsets.toUtf16(int(text.size())), -1);
}

void TestBratExporter::namesComeFromTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("first line") << QStringLiteral("\n  Rubio meets Sheinbaum!\nBody")
                                << QStringLiteral("rubio-meets-sheinbaum-");
    QTest::newRow("no Latin letters") << QStringLiteral("Соглашение подписано") << QStringLiteral("source-");
    QTest::newRow("long") << QStringLiteral("A very long first line of a source that goes on well beyond any file name")
                          << QStringLiteral("a-very-long-first-line-of-a-source-that-goes-on-");
}

void TestBratExporter::namesComeFromTheText()
{
    QFETCH(QString, text);
    QFETCH(QString, prefix);
    const QString name = BratStandoff::baseName(text);
    QVERIFY2(name.startsWith(prefix), qPrintable(name));
    QCOMPARE(name.size(), prefix.size() + 8);
    QCOMPARE(BratStandoff::baseName(text), name);
    QVERIFY(BratStandoff::baseName(text + u'x') != name);
}

void TestBratExporter::filterKeepsTheQuotedSources()
{
    ChronologyFilter filter;
    filter.lane = QStringLiteral("Payments");
    const auto files = BratExporter(m_fixture.project()).files(filter);
    QVERIFY(files);
    QCOMPARE(files->size(), 3);
    QCOMPARE(files->at(0).second, test::ExportFixture::briefText().toUtf8());
}

QTEST_MAIN(TestBratExporter)
#include "tst_bratexporter.moc"
