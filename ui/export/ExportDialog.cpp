// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportDialog.h"

#include "ui/theming/ColorThemes.h"
#include "ui/widgets/ChronologyFilterBar.h"

#include "ExportSettings.h"
#include "export/BratExporter.h"
#include "export/ChronologyExporter.h"
#include "export/ExportContent.h"
#include "export/ExportContentLoader.h"
#include "export/OdtReportWriter.h"
#include "export/PdfReport.h"
#include "export/ReportLinkChart.h"
#include "jobs/BackgroundExport.h"
#include "storage/Project.h"
#include "storage/ProjectName.h"
#include "ui/settings/Settings.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace annalist {

namespace {

enum PreviewPage { PagesPreview, TextPreview, DocumentPreview, NoPreview };

// The preview of a text format shows at most this much of it.
constexpr qsizetype previewLimit = 300 * 1024;

QString formatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return ExportDialog::tr("PDF report");
    case ExportFormat::Csv:
        return ExportDialog::tr("CSV table (spreadsheets)");
    case ExportFormat::Json:
        return ExportDialog::tr("TimelineJS3 JSON");
    case ExportFormat::ICalendar:
        return ExportDialog::tr("iCalendar (calendars)");
    case ExportFormat::Html:
        return ExportDialog::tr("HTML page");
    case ExportFormat::Markdown:
        return ExportDialog::tr("Markdown");
    case ExportFormat::Odt:
        return ExportDialog::tr("OpenDocument text (word processors)");
    case ExportFormat::Brat:
        return ExportDialog::tr("brat standoff annotations (folder)");
    }
    return {};
}

// A file name made of a title: letters, digits, spaces and dashes.
QString fileStem(const QString &title)
{
    QString stem = title.simplified();
    stem.replace(QRegularExpression(QStringLiteral("[^\\w\\s.-]+")), QString());
    stem = stem.simplified().left(80);
    return stem.isEmpty() ? QStringLiteral("chronology") : stem;
}

} // namespace

ExportDialog::ExportDialog(Project &project, const ColorThemes &themes, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_themes(themes)
    , m_background(std::make_unique<BackgroundExport>(project))
    , m_format(new QComboBox(this))
    , m_filterBar(new ChronologyFilterBar(this))
    , m_pageSize(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_analyst(new QLineEdit(this))
    , m_handling(new QLineEdit(this))
    , m_byteOrderMark(new QCheckBox(tr("Start with a byte order mark, for spreadsheet programs"), this))
    , m_attribution(new QCheckBox(tr("Say who last changed each event and passage, and when"), this))
    , m_previewStack(new QStackedWidget(this))
    , m_printer(new QPrinter(QPrinter::HighResolution))
    , m_textPreview(new QPlainTextEdit(this))
    , m_documentPreview(new QTextBrowser(this))
    , m_noPreview(new QLabel(this))
    , m_previewInfo(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_previewDelay(new QTimer(this))
{
    setWindowTitle(tr("Export Chronology"));
    m_printer->setFullPage(true);
    m_pagePreview = new QPrintPreviewWidget(m_printer, this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createChoices());
    splitter->addWidget(createPreview());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_status, &QLabel::linkActivated, this, [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    m_export->setDefault(true);
    m_buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(250);
    connect(m_previewDelay, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    connect(m_pagePreview, &QPrintPreviewWidget::paintRequested, this, &ExportDialog::paintPages);
    connect(m_background.get(), &BackgroundExport::progressed, this, &ExportDialog::exportProgressed);
    connect(m_background.get(), &BackgroundExport::finished, this, &ExportDialog::exportEnded);

    m_filterBar->setProject(&m_project);
    loadRemembered();
    updateFieldStates();

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateFieldStates();
        schedulePreview();
    });
    connect(m_filterBar, &ChronologyFilterBar::filterChanged, this, &ExportDialog::schedulePreview);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    for (QCheckBox *box : std::as_const(m_sections))
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    for (QLineEdit *edit : { m_title, m_analyst, m_handling })
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_byteOrderMark, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_attribution, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(&m_themes, &ColorThemes::changed, this, &ExportDialog::schedulePreview);

    QSettings settings;
    if (!restoreGeometry(Settings::value(settings, SettingKeys::exportDialogGeometry()))) {
        // Within the screen, less room for the desktop's panels: a laptop's is 768 high.
        QSize size(1100, 760);
        if (const QScreen *shown = screen())
            size = size.boundedTo(shown->availableGeometry().size() * 0.94);
        resize(size.expandedTo(minimumSizeHint()));
    }
    if (!splitter->restoreState(Settings::value(settings, SettingKeys::exportDialogSplitter())))
        splitter->setSizes({ 420, 680 });
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { Settings::setValue(SettingKeys::exportDialogSplitter(), splitter->saveState()); });
    schedulePreview();
}

ExportDialog::~ExportDialog()
{
    m_background.reset();
    m_report.reset();
    m_documentPreview->setDocument(nullptr);
    m_odtDocument.reset();
    // The preview paints on the printer: it goes first.
    delete m_pagePreview;
    delete m_printer;
}

QWidget *ExportDialog::createChoices()
{
    auto *panel = new QWidget(this);
    for (ExportFormat format : ExportFormats::all())
        m_format->addItem(formatLabel(format), static_cast<int>(format));
    m_format->setToolTip(tr("What to write: a typeset report, a table, a calendar, a timeline or annotations"));
    m_pageSize->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), static_cast<int>(QPageSize::Letter));

    auto *top = new QFormLayout;
    auto *formatLabelWidget = new QLabel(tr("&Format:"), panel);
    formatLabelWidget->setBuddy(m_format);
    top->addRow(formatLabelWidget, m_format);

    auto *content = new QGroupBox(tr("Entries"), panel);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_filterBar);
    auto *contentNote = new QLabel(tr("Only the events these filters let through are exported."), content);
    contentNote->setWordWrap(true);
    contentNote->setForegroundRole(QPalette::PlaceholderText);
    contentLayout->addWidget(contentNote);

    auto *report = new QGroupBox(tr("Report"), panel);
    m_reportGroup = report;
    report->setObjectName(QStringLiteral("reportChoices"));
    auto *reportLayout = new QFormLayout(report);
    m_reportLayout = reportLayout;
    reportLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title->setPlaceholderText(m_project.path().isEmpty() ? tr("Chronology") : projectName(m_project.location()));
    m_analyst->setPlaceholderText(tr("Your name, for the title page"));
    m_handling->setPlaceholderText(tr("e.g. RESTRICTED — not for onward release"));
    m_handling->setToolTip(tr("A handling line for the title page and the foot of every page; empty for none"));
    reportLayout->addRow(tr("&Title:"), m_title);
    reportLayout->addRow(tr("&Analyst:"), m_analyst);
    reportLayout->addRow(tr("&Handling:"), m_handling);
    reportLayout->addRow(tr("&Page size:"), m_pageSize);
    const QStringList sectionNames = { tr("Title page"),      tr("Contents"),     tr("Timeline figure"),
                                       tr("Source appendix"), tr("Entity index"), tr("Link chart") };
    auto *sections = new QGridLayout;
    for (int i = 0; i < sectionNames.size(); ++i) {
        auto *box = new QCheckBox(sectionNames.at(i), report);
        m_sections << box;
        sections->addWidget(box, i / 2, i % 2);
    }
    reportLayout->addRow(tr("Parts:"), sections);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addLayout(top);
    layout->addWidget(content);
    layout->addWidget(report);
    layout->addWidget(m_byteOrderMark);
    layout->addWidget(m_attribution);
    layout->addStretch();
    return panel;
}

QWidget *ExportDialog::createPreview()
{
    auto *panel = new QWidget(this);
    m_pagePreview->setZoomMode(QPrintPreviewWidget::FitInView);
    m_pagePreview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_textPreview->setReadOnly(true);
    m_textPreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_textPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_documentPreview->setOpenLinks(false);
    m_noPreview->setAlignment(Qt::AlignCenter);
    m_noPreview->setWordWrap(true);
    m_noPreview->setForegroundRole(QPalette::PlaceholderText);
    m_previewStack->insertWidget(PagesPreview, m_pagePreview);
    m_previewStack->insertWidget(TextPreview, m_textPreview);
    m_previewStack->insertWidget(DocumentPreview, m_documentPreview);
    m_previewStack->insertWidget(NoPreview, m_noPreview);
    m_previewInfo->setForegroundRole(QPalette::PlaceholderText);

    auto *heading = new QLabel(tr("Preview"), panel);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *header = new QHBoxLayout;
    header->addWidget(heading);
    header->addWidget(createPageControls());
    header->addStretch();
    header->addWidget(m_previewInfo);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_previewStack, 1);
    return panel;
}

QWidget *ExportDialog::createPageControls()
{
    m_pageControls = new QToolBar(this);
    m_pageControls->setIconSize(QSize(16, 16));
    m_pageControls->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *zoomGroup = new QActionGroup(m_pageControls);
    QAction *fitPage = m_pageControls->addAction(tr("Whole Page"), this, [this] {
        m_pagePreview->setViewMode(QPrintPreviewWidget::SinglePageView);
        m_pagePreview->fitInView();
    });
    QAction *fitWidth = m_pageControls->addAction(tr("Page Width"), this, [this] {
        m_pagePreview->setViewMode(QPrintPreviewWidget::SinglePageView);
        m_pagePreview->fitToWidth();
    });
    QAction *facing = m_pageControls->addAction(tr("Facing Pages"), this, [this] {
        m_pagePreview->setViewMode(QPrintPreviewWidget::FacingPagesView);
        m_pagePreview->fitInView();
    });
    for (QAction *action : { fitPage, fitWidth, facing }) {
        action->setCheckable(true);
        zoomGroup->addAction(action);
    }
    fitPage->setChecked(true);
    m_pageControls->addSeparator();
    // QPrintPreviewWidget says nothing when its page is set: the counter follows by hand.
    const auto showPageNumber = [this] {
        m_pageNumber->setText(tr("%1 / %2").arg(m_pagePreview->currentPage()).arg(m_pagePreview->pageCount()));
    };
    const auto goToPage = [this, showPageNumber](int step) {
        m_pagePreview->setCurrentPage(m_pagePreview->currentPage() + step);
        showPageNumber();
    };
    QAction *previous = m_pageControls->addAction(QStringLiteral("◀"), this, [goToPage] { goToPage(-1); });
    previous->setObjectName(QStringLiteral("previousPage"));
    previous->setToolTip(tr("Previous page"));
    m_pageNumber = new QLabel(m_pageControls);
    m_pageNumber->setObjectName(QStringLiteral("pageNumber"));
    m_pageControls->addWidget(m_pageNumber);
    QAction *next = m_pageControls->addAction(QStringLiteral("▶"), this, [goToPage] { goToPage(1); });
    next->setObjectName(QStringLiteral("nextPage"));
    next->setToolTip(tr("Next page"));
    connect(m_pagePreview, &QPrintPreviewWidget::previewChanged, this, showPageNumber);
    return m_pageControls;
}

void ExportDialog::setFilterFrom(const ChronologyFilterBar &viewFilters)
{
    m_filterBar->copyFrom(viewFilters);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = static_cast<ExportFormat>(m_format->currentData().toInt());
    options.pageSize = static_cast<QPageSize::PageSizeId>(m_pageSize->currentData().toInt());
    options.sections.titlePage = m_sections.at(0)->isChecked();
    options.sections.contents = m_sections.at(1)->isChecked();
    options.sections.timeline = m_sections.at(2)->isChecked();
    options.sections.sourceAppendix = m_sections.at(3)->isChecked();
    options.sections.entityIndex = m_sections.at(4)->isChecked();
    options.sections.linkChart = m_sections.at(5)->isChecked();
    options.title = m_title->text().trimmed();
    options.analyst = m_analyst->text().trimmed();
    options.handling = m_handling->text().trimmed();
    options.byteOrderMark = m_byteOrderMark->isChecked();
    options.attribution = m_attribution->isChecked();
    options.filter = m_filterBar->filter();
    return options;
}

void ExportDialog::loadRemembered()
{
    QSettings settings;
    const ExportOptions remembered = ExportSettings::load(settings);
    m_format->setCurrentIndex(std::max(0, m_format->findData(static_cast<int>(remembered.format))));
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(static_cast<int>(remembered.pageSize))));
    const QList<bool> sections
        = { remembered.sections.titlePage,      remembered.sections.contents,    remembered.sections.timeline,
            remembered.sections.sourceAppendix, remembered.sections.entityIndex, remembered.sections.linkChart };
    for (int i = 0; i < m_sections.size(); ++i)
        m_sections.at(i)->setChecked(sections.at(i));
    // The title belongs to the project it was given for; the analyst and the handling
    // line to the analyst.
    if (Settings::value(settings, SettingKeys::exportTitleProject()) == m_project.path())
        m_title->setText(remembered.title);
    m_analyst->setText(remembered.analyst);
    m_handling->setText(remembered.handling);
    m_byteOrderMark->setChecked(remembered.byteOrderMark);
    m_attribution->setChecked(remembered.attribution);
}

void ExportDialog::remember() const
{
    QSettings settings;
    ExportSettings::save(settings, options());
    Settings::setValue(settings, SettingKeys::exportTitleProject(), m_project.path());
    Settings::setValue(settings, SettingKeys::exportDialogGeometry(), saveGeometry());
}

void ExportDialog::updateFieldStates()
{
    // Only what the format uses is shown: a table has no title page, only the PDF has
    // pages of a size.
    const ExportFormat format = static_cast<ExportFormat>(m_format->currentData().toInt());
    const bool report = ExportFormats::isReport(format);
    const bool titled = format != ExportFormat::Brat && format != ExportFormat::Csv;
    m_title->setEnabled(titled);
    m_analyst->setEnabled(report);
    m_handling->setEnabled(report);
    m_pageSize->setEnabled(format == ExportFormat::Pdf);
    for (QCheckBox *box : std::as_const(m_sections))
        box->setEnabled(report);
    m_reportLayout->setRowVisible(m_title, titled);
    m_reportLayout->setRowVisible(m_analyst, report);
    m_reportLayout->setRowVisible(m_handling, report);
    m_reportLayout->setRowVisible(m_pageSize, format == ExportFormat::Pdf);
    m_reportLayout->setRowVisible(m_reportLayout->rowCount() - 1, report);
    m_reportGroup->setTitle(report ? tr("Report") : QString());
    m_reportGroup->setVisible(titled);
    m_byteOrderMark->setVisible(format == ExportFormat::Csv);
    m_attribution->setVisible(format == ExportFormat::Csv || format == ExportFormat::Json);
    m_export->setText(ExportFormats::writesFolder(format) ? tr("&Export to Folder…") : tr("&Export…"));
}

void ExportDialog::schedulePreview()
{
    m_previewDelay->start();
}

bool ExportDialog::loadContent()
{
    const ChronologyFilter filter = m_filterBar->filter();
    const bool linkChart = m_sections.at(5)->isChecked();
    if (m_content && filter == m_contentFilter && (m_content->linkChart != nullptr) == linkChart)
        return true;
    m_report.reset();
    Result<ExportContent> loaded = ExportContentLoader(m_project).load(filter);
    if (!loaded) {
        m_content.reset();
        m_noPreview->setText(tr("The chronology could not be read: %1").arg(loaded.error().message));
        m_previewStack->setCurrentIndex(NoPreview);
        return false;
    }
    m_content = std::make_unique<ExportContent>(std::move(*loaded));
    if (linkChart) {
        if (auto chart = ReportLinkChart::make(m_project, m_content->entries, filter))
            m_content->linkChart = *chart;
    }
    m_contentFilter = filter;
    return true;
}

void ExportDialog::refreshPreview()
{
    m_previewDelay->stop();
    if (!loadContent()) {
        m_previewInfo->clear();
        return;
    }
    m_report.reset();
    m_previewOptions = options();
    m_previewSyntax.clear();
    m_pageControls->setVisible(false);
    const ExportFormat format = m_previewOptions.format;
    const QLocale locale;
    QString info = m_content->entries.size() == m_content->totalEvents
        ? tr("%n event(s)", nullptr, int(m_content->entries.size()))
        : tr("%1 of %2 events")
              .arg(locale.toString(m_content->entries.size()), locale.toString(m_content->totalEvents));

    if (format == ExportFormat::Pdf) {
        m_report = std::make_unique<PdfReport>(*m_content, m_previewOptions);
        m_report->layOut();
        m_previewStack->setCurrentIndex(PagesPreview);
        m_pagePreview->updatePreview();
        m_pageControls->setVisible(true);
        info += QStringLiteral(" · ") + tr("%n page(s)", nullptr, m_report->pageCount());
    } else if (format == ExportFormat::Odt) {
        // The browser does not own a document it is given; the dialog keeps the one shown.
        std::unique_ptr<QTextDocument> document(OdtReportWriter::document(*m_content, m_previewOptions));
        m_documentPreview->setDocument(document.get());
        m_odtDocument = std::move(document);
        m_previewStack->setCurrentIndex(DocumentPreview);
    } else {
        QString fileName = QStringLiteral("chronology.") + ExportFormats::suffix(format);
        QByteArray bytes;
        if (format == ExportFormat::Brat) {
            const auto files = BratExporter(m_project).files(m_previewOptions.filter);
            if (!files) {
                m_noPreview->setText(files.error().message);
                m_previewStack->setCurrentIndex(NoPreview);
                m_previewInfo->setText(info);
                return;
            }
            // The first file with annotations in it; sources without confirmed names
            // give empty ones.
            int annotationFiles = 0;
            for (const auto &[name, content] : *files) {
                if (!name.endsWith(QStringLiteral(".ann")))
                    continue;
                ++annotationFiles;
                if (bytes.isEmpty() && !content.trimmed().isEmpty()) {
                    fileName = name;
                    bytes = content;
                }
            }
            if (bytes.isEmpty()) {
                m_noPreview->setText(
                    tr("The sources these events quote have no confirmed names yet, so their .ann files would be "
                       "empty. Confirm names in the reader first."));
                m_previewStack->setCurrentIndex(NoPreview);
                m_previewInfo->setText(info + QStringLiteral(" · ") + tr("%n source(s)", nullptr, annotationFiles));
                return;
            }
            info += QStringLiteral(" · ") + tr("%1 of %n annotation file(s)", nullptr, annotationFiles).arg(fileName);
        } else {
            const auto rendered = ChronologyExporter::render(*m_content, m_previewOptions);
            if (!rendered) {
                m_noPreview->setText(rendered.error().message);
                m_previewStack->setCurrentIndex(NoPreview);
                m_previewInfo->setText(info);
                return;
            }
            bytes = *rendered;
        }
        QString text = QString::fromUtf8(bytes.left(previewLimit));
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        if (bytes.size() > previewLimit)
            info += QStringLiteral(" · ")
                + tr("first %1 of %2 shown")
                      .arg(locale.formattedDataSize(previewLimit), locale.formattedDataSize(bytes.size()));
        m_textPreview->setPlainText(text);
        m_previewSyntax = m_themes.highlight(m_textPreview->document(), fileName);
        m_previewStack->setCurrentIndex(TextPreview);
    }
    m_previewInfo->setText(info);
}

void ExportDialog::paintPages(QPrinter *printer)
{
    if (!m_report)
        return;
    printer->setFullPage(true);
    m_report->paint(*printer);
}

int ExportDialog::previewKind() const
{
    return m_previewStack->currentIndex();
}

int ExportDialog::previewPageCount() const
{
    return m_previewStack->currentIndex() == PagesPreview ? m_pagePreview->pageCount() : 0;
}

QString ExportDialog::suggestedPath() const
{
    const ExportOptions chosen = options();
    // A report goes beside its project, or where this project's reports went before (a
    // folder within the project's).
    QString folder = QFileInfo(m_project.path()).absolutePath();
    const QString remembered = Settings::value(SettingKeys::exportFolder());
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir()
        && QDir(remembered).absolutePath().startsWith(QDir(folder).absolutePath()))
        folder = remembered;
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stem = fileStem(chosen.title.isEmpty() ? m_title->placeholderText() : chosen.title);
    if (ExportFormats::writesFolder(chosen.format))
        return QDir(folder).filePath(stem + QStringLiteral(" brat"));
    return QDir(folder).filePath(stem + QLatin1Char('.') + ExportFormats::suffix(chosen.format));
}

void ExportDialog::chooseFileAndExport()
{
    const ExportFormat format = options().format;
    QString path;
    if (ExportFormats::writesFolder(format)) {
        path = QFileDialog::getExistingDirectory(this, tr("Export brat Annotations to Folder"),
                                                 QFileInfo(suggestedPath()).absolutePath());
    } else {
        const QString suffix = ExportFormats::suffix(format);
        path = QFileDialog::getSaveFileName(this, tr("Export Chronology"), suggestedPath(),
                                            tr("%1 (*.%2)").arg(formatLabel(format), suffix));
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + suffix;
    }
    if (!path.isEmpty())
        exportTo(path);
}

bool ExportDialog::exportTo(const QString &path)
{
    if (isExporting())
        return false;
    if (const QString problem = m_filterBar->problem(); !problem.isEmpty()) {
        showStatus(problem, true);
        return false;
    }
    const ExportOptions chosen = options();
    remember();
    Settings::setValue(SettingKeys::exportFolder(), QFileInfo(path).absolutePath());
    m_exportPath = path;
    if (!m_background->start(path, chosen))
        return false;
    m_exporting = true;
    setBusy(true);
    showStatus(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), false);
    return true;
}

bool ExportDialog::isExporting() const
{
    return m_exporting;
}

void ExportDialog::cancelExport()
{
    if (m_background->isRunning()) {
        m_background->cancel();
        showStatus(tr("Cancelling…"), false);
    }
}

void ExportDialog::exportProgressed(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(std::min(done, std::max(total, 1)));
}

void ExportDialog::exportEnded(const BackgroundExportResult &result)
{
    m_background->wait();
    m_exporting = false;
    setBusy(false);
    if (result.succeeded) {
        const ExportSummary &summary = result.summary;
        const QLocale locale;
        QString details
            = summary.pages > 0 ? tr("%n page(s)", nullptr, summary.pages) : tr("%n file(s)", nullptr, summary.files);
        details += QStringLiteral(", ") + locale.formattedDataSize(summary.bytes);
        QString text = tr("Exported %n event(s) to %1 (%2).", nullptr, summary.entries)
                           .arg(QDir::toNativeSeparators(summary.path), details);
        if (summary.leftOut > 0)
            text += QLatin1Char(' ')
                + tr("%n event(s) without both a start and an end could not be written.", nullptr, summary.leftOut);
        showStatus(text, false,
                   ExportFormats::writesFolder(summary.format) ? summary.path : QFileInfo(summary.path).absolutePath());
    } else if (result.error.isCancelled()) {
        showStatus(tr("Export cancelled; nothing was written to %1.").arg(QFileInfo(m_exportPath).fileName()), false);
    } else {
        showStatus(tr("The export failed: %1").arg(result.error.message), true);
    }
    emit exportFinished(result);
}

void ExportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
    m_cancel->setVisible(busy);
    m_export->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
    for (QGroupBox *group : findChildren<QGroupBox *>())
        group->setEnabled(!busy);
    m_format->setEnabled(!busy);
    m_byteOrderMark->setEnabled(!busy);
    m_attribution->setEnabled(!busy);
    if (busy)
        m_cancel->setFocus();
}

void ExportDialog::showStatus(const QString &text, bool problem, const QString &folder)
{
    QString html = text.toHtmlEscaped();
    if (problem)
        html = QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(html);
    if (!folder.isEmpty())
        html += QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(QUrl::fromLocalFile(folder).toString().toHtmlEscaped(), tr("Show folder").toHtmlEscaped());
    m_status->setText(html);
}

void ExportDialog::reject()
{
    if (m_exporting) {
        // Escape stops a running export first; the dialog stays to say so.
        cancelExport();
        return;
    }
    remember();
    QDialog::reject();
}

void ExportDialog::closeEvent(QCloseEvent *event)
{
    if (m_exporting) {
        cancelExport();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace annalist
