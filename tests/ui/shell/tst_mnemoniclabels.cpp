// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sample/SampleProject.h"
#include "storage/Project.h"
#include "storage/ProjectSignals.h"
#include "ui/chronology/SourceDatingDialog.h"
#include "ui/export/ExportDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/theming/ColorThemes.h"
#include "ui/theming/SyntaxHighlighting.h"

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace annalist;

// A label's "&" marks the key that moves to its field; a label without a field shows
// the "&" itself ("T&ime:"). Every label of the window's docks and of the dialogs
// that underlines a key has a field to move to.
class TestMnemonicLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyMarkedLabelHasAField_data();
    void everyMarkedLabelHasAField();

private:
    QTemporaryDir m_dir;
    QString m_samplePath;
};

namespace {

// The text has a key marker: a single "&" before a character other than "&".
bool marksAKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return true;
        ++i;
    }
    return false;
}

using WidgetMaker = std::function<std::unique_ptr<QWidget>(MainWindow &)>;

} // namespace

Q_DECLARE_METATYPE(WidgetMaker)

void TestMnemonicLabels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    QSettings().clear();
    m_samplePath = m_dir.filePath(QStringLiteral("sample.annalist"));
    const Status made = SampleProject::ensureExists(m_samplePath);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
}

void TestMnemonicLabels::everyMarkedLabelHasAField_data()
{
    QTest::addColumn<WidgetMaker>("make");
    QTest::newRow("main window and its docks") << WidgetMaker([](MainWindow &) { return std::unique_ptr<QWidget>(); });
    QTest::newRow("export dialog") << WidgetMaker([](MainWindow &window) -> std::unique_ptr<QWidget> {
        auto *themes = new ColorThemes(SyntaxHighlighting::create(), &window);
        return std::make_unique<ExportDialog>(*window.project(), *themes, &window);
    });
    QTest::newRow("settings dialog") << WidgetMaker([](MainWindow &window) -> std::unique_ptr<QWidget> {
        auto *themes = new ColorThemes(SyntaxHighlighting::create(), &window);
        return std::make_unique<SettingsDialog>(themes, &window);
    });
    QTest::newRow("source dating dialog") << WidgetMaker([](MainWindow &window) -> std::unique_ptr<QWidget> {
        auto *signalHub = new ProjectSignals(&window);
        auto *undoStack = new QUndoStack(&window);
        return std::make_unique<SourceDatingDialog>(*window.project(), *signalHub, *undoStack, QList<qint64> { 1 },
                                                    &window);
    });
}

void TestMnemonicLabels::everyMarkedLabelHasAField()
{
    QFETCH(WidgetMaker, make);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_samplePath));
    const std::unique_ptr<QWidget> dialog = make(window);
    QWidget *checked = dialog ? dialog.get() : &window;
    if (dialog) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }
    QStringList bare;
    const QList<QLabel *> labels = checked->findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (const QLabel *label : labels) {
        if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
            continue;
        if (marksAKey(label->text()) && !label->buddy())
            bare << label->text();
    }
    QVERIFY2(bare.isEmpty(), qPrintable(bare.join(QStringLiteral(" | "))));
}

QTEST_MAIN(TestMnemonicLabels)
#include "tst_mnemoniclabels.moc"
