// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ColorCounts.h"
#include "sample/SampleProject.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "ui/export/ExportDialog.h"
#include "ui/theming/ColorThemes.h"
#include "ui/theming/SyntaxHighlighting.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

Q_DECLARE_METATYPE(annalist::ExportFormat)

// KDE Syntax-Highlighting builds: the export dialog's preview of the sample project's
// chronology is highlighted by the syntax of the file it will be written as, in the
// theme in force.
class TestExportDialogPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewIsHighlighted_data();
    void previewIsHighlighted();
    void previewFollowsTheTheme();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestExportDialogPreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("sample.annalist"));
    QVERIFY(SampleProject::ensureExists(path));
    auto opened = Project::open(path);
    QVERIFY(opened);
    m_project = std::move(*opened);
    // Names confirmed, so that brat has annotations to show.
    const auto sources = m_project->sources().list();
    QVERIFY(sources);
    for (const SourceSummary &source : *sources) {
        const auto mentions = m_project->mentions().listForSource(source.id);
        QVERIFY(mentions);
        for (const Mention &mention : *mentions)
            QVERIFY(m_project->mentions().setStatus(mention.id, Mention::Status::Confirmed));
    }
}

void TestExportDialogPreview::previewIsHighlighted_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("syntax");
    QTest::newRow("json") << ExportFormat::Json << QStringLiteral("JSON");
    QTest::newRow("csv") << ExportFormat::Csv << QStringLiteral("CSV");
    QTest::newRow("markdown") << ExportFormat::Markdown << QStringLiteral("Markdown");
    QTest::newRow("html") << ExportFormat::Html << QStringLiteral("HTML");
    QTest::newRow("icalendar") << ExportFormat::ICalendar << QStringLiteral("vCard, vCalendar, iCalendar");
    QTest::newRow("brat") << ExportFormat::Brat << QString();
}

void TestExportDialogPreview::previewIsHighlighted()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, syntax);
    ColorThemes themes(SyntaxHighlighting::create());
    ExportDialog dialog(*m_project, themes);
    dialog.show();
    dialog.formatChooser()->setCurrentIndex(dialog.formatChooser()->findData(static_cast<int>(format)));
    dialog.refreshPreview();
    QCOMPARE(dialog.previewKind(), 1);
    QCOMPARE(dialog.previewSyntax(), syntax);
    QVERIFY(!dialog.textPreview()->toPlainText().isEmpty());
    if (syntax.isEmpty())
        QVERIFY(test::foregroundColors(*dialog.textPreview()->document()).isEmpty());
    else
        QTRY_VERIFY(test::foregroundColors(*dialog.textPreview()->document()).size() >= 2);
}

void TestExportDialogPreview::previewFollowsTheTheme()
{
    ColorThemes themes(SyntaxHighlighting::create());
    themes.setChoice(QStringLiteral("Breeze Light"));
    ExportDialog dialog(*m_project, themes);
    dialog.show();
    dialog.formatChooser()->setCurrentIndex(dialog.formatChooser()->findData(static_cast<int>(ExportFormat::Json)));
    dialog.refreshPreview();
    QTRY_VERIFY(!test::foregroundColors(*dialog.textPreview()->document()).isEmpty());
    const QSet<QRgb> light = test::foregroundColors(*dialog.textPreview()->document());
    themes.setChoice(QStringLiteral("Monokai"));
    dialog.refreshPreview();
    QTRY_VERIFY(!test::foregroundColors(*dialog.textPreview()->document()).isEmpty());
    QVERIFY(test::foregroundColors(*dialog.textPreview()->document()) != light);
}

QTEST_MAIN(TestExportDialogPreview)
#include "tst_exportdialogpreview.moc"
