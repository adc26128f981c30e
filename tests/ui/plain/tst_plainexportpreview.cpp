// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sample/SampleProject.h"
#include "storage/Project.h"
#include "ui/export/ExportDialog.h"
#include "ui/theming/ColorThemes.h"
#include "ui/theming/SyntaxHighlighting.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace annalist;

// Builds without KDE Syntax-Highlighting: the export dialog previews the same text,
// plain.
class TestPlainExportPreview : public QObject
{
    Q_OBJECT

private slots:
    void previewIsPlainText();
};

void TestPlainExportPreview::previewIsPlainText()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.annalist"));
    QVERIFY(SampleProject::ensureExists(path));
    auto project = Project::open(path);
    QVERIFY(project);
    ColorThemes themes(SyntaxHighlighting::create());
    ExportDialog dialog(**project, themes);
    dialog.show();
    dialog.formatChooser()->setCurrentIndex(dialog.formatChooser()->findData(static_cast<int>(ExportFormat::Json)));
    dialog.refreshPreview();
    QCOMPARE(dialog.previewKind(), 1);
    QVERIFY(dialog.textPreview()->toPlainText().contains(QStringLiteral("\"events\"")));
    QCOMPARE(dialog.previewSyntax(), QString());
    for (QTextBlock block = dialog.textPreview()->document()->begin(); block.isValid(); block = block.next())
        QVERIFY(block.layout()->formats().isEmpty());
}

QTEST_MAIN(TestPlainExportPreview)
#include "tst_plainexportpreview.moc"
