// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SyntheticChronology.h"
#include "export/ExportContentLoader.h"
#include "export/PdfReport.h"
#include "jobs/BackgroundExport.h"
#include "sample/SampleProject.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "ui/export/ExportDialog.h"
#include "ui/theming/ColorThemes.h"
#include "ui/theming/SyntaxHighlighting.h"
#include "ui/widgets/ChronologyFilterBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace annalist;

Q_DECLARE_METATYPE(annalist::ExportFormat)

// The export dialog on the sample project: a preview for every format that shows what
// will be written, filters and choices that reach the file, an export in the
// background that can be cancelled and leaves nothing behind, and choices remembered.
class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void previewShowsWhatTheFormatWrites_data();
    void previewShowsWhatTheFormatWrites();
    void bratPreviewShowsConfirmedNames();
    void reportPreviewHasTheReportsPages_data();
    void reportPreviewHasTheReportsPages();
    void pageCounterFollowsThePage_data();
    void pageCounterFollowsThePage();
    void filtersStartAsTheViewsAndNarrowTheExport();
    void exportWritesTheFileAndRemembersChoices();
    void cancelledExportLeavesNothing();
    void unwritablePathIsReported();
    void firstSizeFitsTheScreen();

private:
    std::unique_ptr<ExportDialog> makeDialog();
    void chooseFormat(ExportDialog &dialog, ExportFormat format);
    BackgroundExportResult exportAndWait(ExportDialog &dialog, const QString &path);

    QTemporaryDir m_dir;
    QString m_samplePath;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ColorThemes> m_themes;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<BackgroundExportResult>();
    m_samplePath = m_dir.filePath(QStringLiteral("sample.annalist"));
    const Status made = SampleProject::ensureExists(m_samplePath);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
}

void TestExportDialog::init()
{
    QSettings().clear();
    auto opened = Project::open(m_samplePath);
    QVERIFY(opened);
    m_project = std::move(*opened);
    m_themes = std::make_unique<ColorThemes>(SyntaxHighlighting::create());
}

void TestExportDialog::cleanup()
{
    m_themes.reset();
    m_project.reset();
}

std::unique_ptr<ExportDialog> TestExportDialog::makeDialog()
{
    auto dialog = std::make_unique<ExportDialog>(*m_project, *m_themes);
    dialog->resize(1100, 760);
    dialog->show();
    return dialog;
}

void TestExportDialog::chooseFormat(ExportDialog &dialog, ExportFormat format)
{
    const int index = dialog.formatChooser()->findData(static_cast<int>(format));
    QVERIFY(index >= 0);
    dialog.formatChooser()->setCurrentIndex(index);
    dialog.refreshPreview();
}

BackgroundExportResult TestExportDialog::exportAndWait(ExportDialog &dialog, const QString &path)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    if (!dialog.exportTo(path))
        return {};
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<BackgroundExportResult>();
}

void TestExportDialog::previewShowsWhatTheFormatWrites_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    const QString title = QStringLiteral("Concession awarded to Bellwether Marine");
    QTest::newRow("pdf") << ExportFormat::Pdf << 0 << QString();
    QTest::newRow("csv") << ExportFormat::Csv << 1 << title;
    QTest::newRow("json") << ExportFormat::Json << 1 << QStringLiteral("\"headline\": \"%1\"").arg(title);
    QTest::newRow("ics") << ExportFormat::ICalendar << 1 << QStringLiteral("BEGIN:VEVENT");
    QTest::newRow("html") << ExportFormat::Html << 1 << title;
    QTest::newRow("md") << ExportFormat::Markdown << 1 << title;
    QTest::newRow("odt") << ExportFormat::Odt << 2 << title;
    // The sample's names are proposals, none confirmed: brat would write empty files.
    QTest::newRow("brat") << ExportFormat::Brat << 3 << QStringLiteral("no confirmed names");
}

void TestExportDialog::previewShowsWhatTheFormatWrites()
{
    QFETCH(ExportFormat, format);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    auto dialog = makeDialog();
    chooseFormat(*dialog, format);
    QCOMPARE(dialog->previewKind(), kind);
    if (kind == 1) {
        QVERIFY2(dialog->textPreview()->toPlainText().contains(expected),
                 qPrintable(dialog->textPreview()->toPlainText().left(400)));
    } else if (kind == 2) {
        QVERIFY(dialog->documentPreview()->toPlainText().contains(expected));
    } else if (kind == 3) {
        QVERIFY(dialog->findChild<QStackedWidget *>()->currentWidget()->property("text").toString().contains(expected));
    } else {
        QVERIFY(dialog->previewPageCount() > 3);
    }
    // What a report has and a table has not.
    QCOMPARE(dialog->sectionBox(0)->isEnabled(), ExportFormats::isReport(format));
    QCOMPARE(dialog->pageSizeChooser()->isEnabled(), format == ExportFormat::Pdf);
    QCOMPARE(dialog->byteOrderMarkBox()->isVisibleTo(dialog.get()), format == ExportFormat::Csv);
    // and shows only that.
    QCOMPARE(dialog->sectionBox(0)->isVisibleTo(dialog.get()), ExportFormats::isReport(format));
    QCOMPARE(dialog->analystEdit()->isVisibleTo(dialog.get()), ExportFormats::isReport(format));
    QCOMPARE(dialog->pageSizeChooser()->isVisibleTo(dialog.get()), format == ExportFormat::Pdf);
    QCOMPARE(dialog->titleEdit()->isVisibleTo(dialog.get()),
             format != ExportFormat::Csv && format != ExportFormat::Brat);
    QVERIFY(dialog->previewInfo()->text().contains(QStringLiteral("10")));
}

void TestExportDialog::bratPreviewShowsConfirmedNames()
{
    // Confirm every proposal of one source, in a copy of the sample.
    const QString copy = m_dir.filePath(QStringLiteral("confirmed.annalist"));
    m_project.reset(); // closed, its file holds everything
    QVERIFY(QFile::copy(m_samplePath, copy));
    auto opened = Project::open(copy);
    QVERIFY(opened);
    m_project = std::move(*opened);
    const auto sources = m_project->sources().list();
    QVERIFY(sources && !sources->isEmpty());
    qint64 sourceId = 0;
    int confirmed = 0;
    for (const SourceSummary &source : *sources) {
        const auto mentions = m_project->mentions().listForSource(source.id);
        QVERIFY(mentions);
        for (const Mention &mention : *mentions) {
            QVERIFY(m_project->mentions().setStatus(mention.id, Mention::Status::Confirmed));
            ++confirmed;
        }
        if (confirmed > 0) {
            sourceId = source.id;
            break;
        }
    }
    QVERIFY(sourceId);
    auto dialog = makeDialog();
    chooseFormat(*dialog, ExportFormat::Brat);
    QCOMPARE(dialog->previewKind(), 1);
    const QStringList lines = dialog->textPreview()->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^T\\d+\t"))).size(), confirmed);
    QVERIFY(dialog->previewInfo()->text().contains(QStringLiteral(".ann")));
}

void TestExportDialog::reportPreviewHasTheReportsPages_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("timeline");
    QTest::newRow("A4") << int(QPageSize::A4) << true;
    QTest::newRow("US Letter") << int(QPageSize::Letter) << true;
    QTest::newRow("A4 without timeline") << int(QPageSize::A4) << false;
}

void TestExportDialog::reportPreviewHasTheReportsPages()
{
    QFETCH(int, pageSize);
    QFETCH(bool, timeline);
    auto dialog = makeDialog();
    chooseFormat(*dialog, ExportFormat::Pdf);
    dialog->pageSizeChooser()->setCurrentIndex(dialog->pageSizeChooser()->findData(pageSize));
    dialog->sectionBox(2)->setChecked(timeline);
    dialog->refreshPreview();

    // The same report laid out apart from the dialog.
    const ExportOptions options = dialog->options();
    QCOMPARE(int(options.pageSize), pageSize);
    QCOMPARE(options.sections.timeline, timeline);
    const auto content = ExportContentLoader(*m_project).load(options.filter);
    QVERIFY(content);
    PdfReport report(*content, options);
    QVERIFY(report.layOut());
    QCOMPARE(dialog->previewPageCount(), report.pageCount());
    QVERIFY(dialog->previewInfo()->text().contains(QString::number(report.pageCount())));
}

void TestExportDialog::pageCounterFollowsThePage_data()
{
    QTest::addColumn<int>("forward");
    QTest::addColumn<int>("back");
    QTest::newRow("next page") << 1 << 0;
    QTest::newRow("to the last page") << 99 << 0;
    QTest::newRow("to the last and back one") << 99 << 1;
}

void TestExportDialog::pageCounterFollowsThePage()
{
    QFETCH(int, forward);
    QFETCH(int, back);
    auto dialog = makeDialog();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    chooseFormat(*dialog, ExportFormat::Pdf);
    dialog->refreshPreview();
    const int pages = dialog->previewPageCount();
    QVERIFY(pages > 2);
    auto *next = dialog->findChild<QAction *>(QStringLiteral("nextPage"));
    auto *previous = dialog->findChild<QAction *>(QStringLiteral("previousPage"));
    auto *counter = dialog->findChild<QLabel *>(QStringLiteral("pageNumber"));
    QVERIFY(next && previous && counter);
    for (int i = 0; i < std::min(forward, pages - 1); ++i)
        next->trigger();
    for (int i = 0; i < back; ++i)
        previous->trigger();
    const int expected = std::min(forward, pages - 1) + 1 - back;
    QCOMPARE(counter->text(), QStringLiteral("%1 / %2").arg(expected).arg(pages));
}

void TestExportDialog::filtersStartAsTheViewsAndNarrowTheExport()
{
    ChronologyFilterBar viewFilters;
    viewFilters.setProject(m_project.get());
    viewFilters.textField()->setText(QStringLiteral("Pell"));
    const int lane = viewFilters.laneChooser()->findText(QStringLiteral("Government"));
    QVERIFY(lane > 0);
    viewFilters.laneChooser()->setCurrentIndex(lane);

    auto dialog = makeDialog();
    chooseFormat(*dialog, ExportFormat::Csv);
    dialog->setFilterFrom(viewFilters);
    dialog->refreshPreview();
    QCOMPARE(dialog->options().filter, viewFilters.filter());
    QCOMPARE(dialog->options().filter.lane, QStringLiteral("Government"));
    QVERIFY2(dialog->previewInfo()->text().startsWith(QStringLiteral("2 of 10")),
             qPrintable(dialog->previewInfo()->text()));

    const QString path = m_dir.filePath(QStringLiteral("government.csv"));
    const BackgroundExportResult result = exportAndWait(*dialog, path);
    QVERIFY2(result.succeeded, qPrintable(result.error.message));
    QCOMPARE(result.summary.entries, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.contains(QStringLiteral("Adrian Pell promoted to Transport Minister")));
    QVERIFY(csv.contains(QStringLiteral("Pell steps aside while the concession is reviewed")));
    QVERIFY(!csv.contains(QStringLiteral("Concession awarded to Bellwether Marine")));
    QVERIFY(!csv.contains(QStringLiteral("Sabine Hollis acts as Transport Minister")));

    // A time the range cannot use is said, and nothing is exported.
    dialog->filterBar()->fromField()->setText(QStringLiteral("sometime"));
    QVERIFY(!dialog->exportTo(m_dir.filePath(QStringLiteral("never.csv"))));
    QVERIFY(dialog->statusLine()->text().contains(QStringLiteral("sometime")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.csv"))));
}

void TestExportDialog::exportWritesTheFileAndRemembersChoices()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    int previewPages = 0;
    {
        auto dialog = makeDialog();
        chooseFormat(*dialog, ExportFormat::Pdf);
        dialog->pageSizeChooser()->setCurrentIndex(dialog->pageSizeChooser()->findData(int(QPageSize::Letter)));
        dialog->titleEdit()->setText(QStringLiteral("Sorrel port concession"));
        dialog->analystEdit()->setText(QStringLiteral("R. Amsel"));
        dialog->handlingEdit()->setText(QStringLiteral("RESTRICTED"));
        dialog->sectionBox(4)->setChecked(false);
        dialog->refreshPreview();
        previewPages = dialog->previewPageCount();
        QVERIFY(previewPages > 3);

        const BackgroundExportResult result = exportAndWait(*dialog, path);
        QVERIFY2(result.succeeded, qPrintable(result.error.message));
        QCOMPARE(result.summary.pages, previewPages);
        QCOMPARE(result.summary.entries, 10);
        QVERIFY(dialog->statusLine()->text().contains(QStringLiteral("report.pdf")));
        QVERIFY(!dialog->progressBar()->isVisible());
        QVERIFY(dialog->exportButton()->isEnabled());
    }

    // The file is the report the preview showed.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { path });
    QVERIFY(info.waitForFinished(30000));
    QCOMPARE(info.exitCode(), 0);
    const QString pdfInfo = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(pdfInfo.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(previewPages))),
             qPrintable(pdfInfo));
    QVERIFY(pdfInfo.contains(QStringLiteral("Sorrel port concession")));
    QVERIFY(pdfInfo.contains(QStringLiteral("R. Amsel")));
    QVERIFY(pdfInfo.contains(QStringLiteral("612 x 792 pts")));

    // A new dialog on the same project starts with the same choices.
    auto again = makeDialog();
    const ExportOptions remembered = again->options();
    QCOMPARE(remembered.format, ExportFormat::Pdf);
    QCOMPARE(remembered.pageSize, QPageSize::Letter);
    QCOMPARE(remembered.title, QStringLiteral("Sorrel port concession"));
    QCOMPARE(remembered.analyst, QStringLiteral("R. Amsel"));
    QCOMPARE(remembered.handling, QStringLiteral("RESTRICTED"));
    QVERIFY(!remembered.sections.entityIndex);
    QVERIFY(remembered.sections.timeline);
}

void TestExportDialog::cancelledExportLeavesNothing()
{
    // A chronology large enough that its report takes a while.
    const QString bigPath = m_dir.filePath(QStringLiteral("big.annalist"));
    {
        auto created = Project::create(bigPath);
        QVERIFY(created);
        QVERIFY(SyntheticChronology().fill(**created, 1500, 4500));
    }
    m_project.reset();
    auto opened = Project::open(bigPath);
    QVERIFY(opened);
    m_project = std::move(*opened);

    auto dialog = makeDialog();
    chooseFormat(*dialog, ExportFormat::Pdf);
    const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("big.pdf"));
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    // Cancel as soon as the export says how far it has come.
    connect(dialog->progressBar(), &QProgressBar::valueChanged, dialog.get(), [&dialog](int value) {
        if (value > 0 && dialog->cancelButton()->isVisible())
            dialog->cancelButton()->click();
    });
    QVERIFY(dialog->exportTo(path));
    QVERIFY(dialog->isExporting());
    QVERIFY(dialog->cancelButton()->isVisible());
    QVERIFY(!dialog->exportButton()->isEnabled());
    QVERIFY(finished.wait(120000));
    const auto result = finished.first().first().value<BackgroundExportResult>();
    QVERIFY(!result.succeeded);
    QVERIFY(result.error.isCancelled());
    QVERIFY(dialog->statusLine()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(!dialog->isExporting());
    QVERIFY(!dialog->cancelButton()->isVisible());
    // Neither the file nor a temporary one is there.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestExportDialog::unwritablePathIsReported()
{
    auto dialog = makeDialog();
    chooseFormat(*dialog, ExportFormat::Markdown);
    const QString path = m_dir.filePath(QStringLiteral("no such folder/chronology.md"));
    const BackgroundExportResult result = exportAndWait(*dialog, path);
    QVERIFY(!result.succeeded);
    QVERIFY(!result.error.isCancelled());
    QVERIFY(!result.error.message.isEmpty());
    QVERIFY2(dialog->statusLine()->text().contains(QStringLiteral("no such folder")),
             qPrintable(dialog->statusLine()->text()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog->exportButton()->isEnabled());
}

// The first size fits the screen (the offscreen one is smaller than a laptop's), and
// what the dialog needs at least does too.
void TestExportDialog::firstSizeFitsTheScreen()
{
    const auto dialog = std::make_unique<ExportDialog>(*m_project, *m_themes);
    dialog->show();
    const QSize available = dialog->screen()->availableGeometry().size();
    QVERIFY2(dialog->width() <= available.width() && dialog->height() <= available.height(),
             qPrintable(QStringLiteral("%1×%2 on %3×%4, at least %5×%6")
                            .arg(dialog->width())
                            .arg(dialog->height())
                            .arg(available.width())
                            .arg(available.height())
                            .arg(dialog->minimumSizeHint().width())
                            .arg(dialog->minimumSizeHint().height())));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
