// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/ExportOptions.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrintPreviewWidget;
class QPrinter;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTextDocument;
class QTimer;
class QToolBar;

namespace annalist {

class BackgroundExport;
class ChronologyFilterBar;
class ColorThemes;
class PdfReport;
class Project;
struct BackgroundExportResult;
struct ExportContent;

// Exports the chronology: the format; which entries (the chronology view's filters);
// for reports the page size, the parts and the title page's lines; a live preview of
// what will be written (the PDF's pages, the text of text formats highlighted by their
// syntax, the ODT's document); the export itself in the background with progress and
// Cancel. The choices are remembered for the next export.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(Project &project, const ColorThemes &themes, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Starts from the filter the chronology view shows.
    void setFilterFrom(const ChronologyFilterBar &viewFilters);

    // What the fields ask for.
    ExportOptions options() const;

    // Exports to the path in the background; false when an export is running or the
    // fields are not usable (said in the status line).
    bool exportTo(const QString &path);
    bool isExporting() const;
    void cancelExport();
    // Makes the preview of the current choices at once rather than after the pause.
    void refreshPreview();

    QComboBox *formatChooser() const { return m_format; }
    ChronologyFilterBar *filterBar() const { return m_filterBar; }
    QComboBox *pageSizeChooser() const { return m_pageSize; }
    QCheckBox *sectionBox(int index) const { return m_sections.value(index); }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *analystEdit() const { return m_analyst; }
    QLineEdit *handlingEdit() const { return m_handling; }
    QCheckBox *byteOrderMarkBox() const { return m_byteOrderMark; }
    QCheckBox *attributionBox() const { return m_attribution; }
    QPrintPreviewWidget *pagePreview() const { return m_pagePreview; }
    QPlainTextEdit *textPreview() const { return m_textPreview; }
    QTextBrowser *documentPreview() const { return m_documentPreview; }
    QLabel *previewInfo() const { return m_previewInfo; }
    QLabel *statusLine() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The preview shown: 0 pages, 1 text, 2 document, 3 a note that there is none.
    int previewKind() const;
    // The syntax the text preview is highlighted as; empty for plain text.
    QString previewSyntax() const { return m_previewSyntax; }
    // The pages the PDF preview shows.
    int previewPageCount() const;

signals:
    void exportFinished(const annalist::BackgroundExportResult &result);

protected:
    void reject() override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createChoices();
    QWidget *createPreview();
    QWidget *createPageControls();
    void loadRemembered();
    void remember() const;
    void updateFieldStates();
    void schedulePreview();
    bool loadContent();
    void paintPages(QPrinter *printer);
    void chooseFileAndExport();
    void exportProgressed(int done, int total);
    void exportEnded(const BackgroundExportResult &result);
    void setBusy(bool busy);
    // The folder, when given, gets a link that shows it.
    void showStatus(const QString &text, bool problem, const QString &folder = {});
    QString suggestedPath() const;

    Project &m_project;
    const ColorThemes &m_themes;
    std::unique_ptr<BackgroundExport> m_background;
    // What the preview shows: content loaded through m_contentFilter, and the report
    // laid out from it with m_previewOptions.
    std::unique_ptr<ExportContent> m_content;
    ChronologyFilter m_contentFilter;
    ExportOptions m_previewOptions;
    std::unique_ptr<PdfReport> m_report;
    std::unique_ptr<QTextDocument> m_odtDocument;
    QString m_previewSyntax;
    QString m_exportPath;
    bool m_exporting = false;

    QComboBox *m_format;
    QGroupBox *m_reportGroup = nullptr;
    QFormLayout *m_reportLayout = nullptr;
    ChronologyFilterBar *m_filterBar;
    QComboBox *m_pageSize;
    QList<QCheckBox *> m_sections;
    QLineEdit *m_title;
    QLineEdit *m_analyst;
    QLineEdit *m_handling;
    QCheckBox *m_byteOrderMark;
    QCheckBox *m_attribution;
    QStackedWidget *m_previewStack;
    QPrintPreviewWidget *m_pagePreview;
    QPrinter *m_printer;
    QPlainTextEdit *m_textPreview;
    QTextBrowser *m_documentPreview;
    QLabel *m_noPreview;
    QToolBar *m_pageControls = nullptr;
    QLabel *m_pageNumber = nullptr;
    QLabel *m_previewInfo;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QDialogButtonBox *m_buttons;
    QTimer *m_previewDelay;
};

} // namespace annalist
