// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/export/ExportSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// The export dialog's choices kept between sessions.
class TestExportSettings : public QObject
{
    Q_OBJECT

private slots:
    void choicesComeBack_data();
    void choicesComeBack();
    void nothingSavedGivesTheDefaults();
    void unreadableValuesGiveTheDefaults();
};

void TestExportSettings::choicesComeBack_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("sections");
    QTest::newRow("PDF on Letter, parts left out") << int(ExportFormat::Pdf) << int(QPageSize::Letter) << false;
    QTest::newRow("CSV on A4, every part") << int(ExportFormat::Csv) << int(QPageSize::A4) << true;
    QTest::newRow("brat") << int(ExportFormat::Brat) << int(QPageSize::A4) << true;
}

void TestExportSettings::choicesComeBack()
{
    QFETCH(int, format);
    QFETCH(int, pageSize);
    QFETCH(bool, sections);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("annalist.ini"));
    ExportOptions options;
    options.format = ExportFormat(format);
    options.pageSize = QPageSize::PageSizeId(pageSize);
    options.sections = ReportSections { sections, !sections, sections, !sections, sections };
    options.title = QStringLiteral("Port of Sorrel — weekly");
    options.analyst = QStringLiteral("J. Doe");
    options.handling = QStringLiteral("RESTRICTED");
    options.byteOrderMark = true;
    options.filter.lane = QStringLiteral("Tender");
    options.generatedAt = QDateTime::currentDateTimeUtc();
    {
        QSettings settings(file, QSettings::IniFormat);
        ExportSettings::save(settings, options);
    }
    QSettings settings(file, QSettings::IniFormat);
    const ExportOptions loaded = ExportSettings::load(settings);
    // All but the filter and the moment, which are not the dialog's to keep.
    ExportOptions expected = options;
    expected.filter = ChronologyFilter {};
    expected.generatedAt = QDateTime();
    QVERIFY(loaded == expected);
    QCOMPARE(settings.value(QStringLiteral("export/format")).toString(), ExportFormats::name(ExportFormat(format)));
}

void TestExportSettings::nothingSavedGivesTheDefaults()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    QVERIFY(ExportSettings::load(settings) == ExportOptions {});
}

void TestExportSettings::unreadableValuesGiveTheDefaults()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("odd.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("export/format"), QStringLiteral("docx"));
    settings.setValue(QStringLiteral("export/pageSize"), QStringLiteral("Tabloid-ish"));
    const ExportOptions loaded = ExportSettings::load(settings);
    QCOMPARE(loaded.format, ExportFormat::Pdf);
    QCOMPARE(loaded.pageSize, QPageSize::A4);
}

QTEST_MAIN(TestExportSettings)
#include "tst_exportsettings.moc"
