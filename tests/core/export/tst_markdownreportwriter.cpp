// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFixture.h"
#include "GoldenFile.h"
#include "export/ExportContentLoader.h"
#include "export/ExportOptions.h"
#include "export/MarkdownReportWriter.h"

#include <QRegularExpression>
#include <QTest>

using namespace annalist;

// The report as Markdown with footnotes, compared with a golden file.
class TestMarkdownReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesTheGoldenFile();
    void everyFootnoteIsDefinedOnce();
    void escapesMarkup_data();
    void escapesMarkup();

private:
    test::ProjectFixture m_fixture;
    QString m_markdown;
};

void TestMarkdownReportWriter::initTestCase()
{
    QVERIFY(m_fixture.create());
    QVERIFY(test::ExportFixture::fill(m_fixture));
    const Result<ExportContent> content = ExportContentLoader(m_fixture.project()).load({});
    QVERIFY(content);
    ExportOptions options;
    options.format = ExportFormat::Markdown;
    options.analyst = QStringLiteral("J. Doe");
    options.handling = QStringLiteral("RESTRICTED");
    options.generatedAt = test::ExportFixture::generatedAt();
    const QByteArray bytes = MarkdownReportWriter::write(*content, options);
    m_markdown = QString::fromUtf8(bytes);
    const QString difference = test::GoldenFile::difference(QStringLiteral("core/export/golden/fixture.md"), bytes);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestMarkdownReportWriter::matchesTheGoldenFile()
{
    QVERIFY(m_markdown.startsWith(
        QStringLiteral("**RESTRICTED**\n\n# fixture\n\nChronology report, prepared by J. Doe, 4 March 2025\n")));
    QVERIFY(m_markdown.contains(
        QStringLiteral("#### 3. Tender criteria changed twice\n\n**c. Jan 2025** · order uncertain · **CONFLICT**")));
    QVERIFY(m_markdown.contains(QStringLiteral("*No quoted evidence.*")));
    QVERIFY(m_markdown.contains(QStringLiteral("SHA-256 `")));
}

void TestMarkdownReportWriter::everyFootnoteIsDefinedOnce()
{
    static const QRegularExpression reference(QStringLiteral("\\[\\^(\\d+)\\](?!:)"));
    static const QRegularExpression definition(QStringLiteral("^\\[\\^(\\d+)\\]: "),
                                               QRegularExpression::MultilineOption);
    QStringList references;
    for (auto it = reference.globalMatch(m_markdown); it.hasNext();)
        references << it.next().captured(1);
    QStringList definitions;
    for (auto it = definition.globalMatch(m_markdown); it.hasNext();)
        definitions << it.next().captured(1);
    QCOMPARE(references.size(), 9);
    QCOMPARE(references, definitions);
    for (int i = 0; i < references.size(); ++i)
        QCOMPARE(references.at(i), QString::number(i + 1));
}

void TestMarkdownReportWriter::escapesMarkup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("emphasis") << QStringLiteral("*not* emphasis") << QStringLiteral("\\*not\\* emphasis");
    QTest::newRow("heading") << QStringLiteral("# not a heading") << QStringLiteral("\\# not a heading");
    QTest::newRow("list") << QStringLiteral("- not a list") << QStringLiteral("\\- not a list");
    QTest::newRow("numbered list") << QStringLiteral("2025. A year") << QStringLiteral("2025\\. A year");
    QTest::newRow("link and html") << QStringLiteral("[a](b) <b>") << QStringLiteral("\\[a\\](b) \\<b\\>");
    QTest::newRow("a dash inside") << QStringLiteral("30-year") << QStringLiteral("30-year");
}

void TestMarkdownReportWriter::escapesMarkup()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(MarkdownReportWriter::escaped(text), escaped);
}

QTEST_MAIN(TestMarkdownReportWriter)
#include "tst_markdownreportwriter.moc"
