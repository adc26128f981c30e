// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/ChronologyExporter.h"
#include "itemmodels/ChronologyModel.h"
#include "sample/SampleProject.h"
#include "storage/EventRepository.h"
#include "storage/Project.h"
#include "ui/chronology/ChronologyWorkspace.h"
#include "ui/shell/InterfaceTranslations.h"
#include "ui/shell/MainWindow.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace annalist;

// File ▸ Import Chronology: a chronology kept as CSV or TimelineJS3 JSON comes in as
// one undoable step, quotes that cannot be found are reported, and a broken file
// changes nothing.
class TestChronologyImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importIsOneUndoableStep_data();
    void importIsOneUndoableStep();
    void unanchoredQuotesAreReported();
    void brokenFileChangesNothing();

private:
    QString exported(ExportFormat format, const QString &name);
    QList<qint64> eventIds() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestChronologyImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    // As the program starts in an English desktop: plurals said right.
    InterfaceTranslations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestChronologyImport::init()
{
    QSettings().clear();
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("sample-%1.annalist").arg(++counter));
    QVERIFY(SampleProject::ensureExists(path));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openProject(path));
    QCOMPARE(m_window->chronologyWorkspace()->model()->entryCount(), 10);
}

void TestChronologyImport::cleanup()
{
    m_window.reset();
}

QString TestChronologyImport::exported(ExportFormat format, const QString &name)
{
    const QString path = m_dir.filePath(name);
    ExportOptions options;
    options.format = format;
    const auto written = ChronologyExporter(*m_window->project()).exportTo(path, options);
    return written ? path : QString();
}

QList<qint64> TestChronologyImport::eventIds() const
{
    QList<qint64> ids;
    const Result<QList<Event>> events = m_window->project()->events().list();
    if (!events)
        return ids;
    for (const Event &event : *events)
        ids << event.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestChronologyImport::importIsOneUndoableStep_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("CSV") << int(ExportFormat::Csv);
    QTest::newRow("TimelineJS3 JSON") << int(ExportFormat::Json);
}

void TestChronologyImport::importIsOneUndoableStep()
{
    QFETCH(int, format);
    const auto exportFormat = static_cast<ExportFormat>(format);
    const QString path = exported(exportFormat, QStringLiteral("kept.") + ExportFormats::suffix(exportFormat));
    QVERIFY(!path.isEmpty());
    const QList<qint64> before = eventIds();
    QUndoStack *undo = m_window->undoStack();
    const int steps = undo->count();

    QVERIFY(m_window->chronologyWorkspace()->importChronology(path));
    QCOMPARE(undo->count(), steps + 1);
    QVERIFY(undo->text(undo->index() - 1).contains(QFileInfo(path).fileName()));
    QTRY_COMPARE(m_window->chronologyWorkspace()->model()->entryCount(), 20);
    const QList<qint64> after = eventIds();
    QCOMPARE(after.size(), 20);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("10 events imported")));

    // Every imported event has its passages again, as the originals have.
    ChronologyModel *model = m_window->chronologyWorkspace()->model();
    int passages = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        passages += int(model->entryAt(row)->evidence.size());
    QVERIFY(passages >= 20);
    QCOMPARE(passages % 2, 0);

    undo->undo();
    QCOMPARE(eventIds(), before);
    QTRY_COMPARE(m_window->chronologyWorkspace()->model()->entryCount(), 10);
    undo->redo();
    QCOMPARE(eventIds(), after);
    QTRY_COMPARE(m_window->chronologyWorkspace()->model()->entryCount(), 20);
}

void TestChronologyImport::unanchoredQuotesAreReported()
{
    const QString path = exported(ExportFormat::Csv, QStringLiteral("edited.csv"));
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString csv = QString::fromUtf8(file.readAll());
    file.close();
    const QString quote = QStringLiteral("Adrian Pell, who was promoted to Transport Minister on Friday");
    QVERIFY(csv.contains(quote));
    csv.replace(quote, QStringLiteral("Adrian Pell, who was demoted on a Monday"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(csv.toUtf8());
    file.close();

    QVERIFY(m_window->chronologyWorkspace()->importChronology(path));
    QTRY_COMPARE(m_window->chronologyWorkspace()->model()->entryCount(), 20);
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("1 passage")), qPrintable(message));
}

void TestChronologyImport::brokenFileChangesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"events\": [ {\"start_date\": ");
    file.close();
    const int steps = m_window->undoStack()->count();
    QVERIFY(!m_window->chronologyWorkspace()->importChronology(path));
    QCOMPARE(m_window->undoStack()->count(), steps);
    QCOMPARE(eventIds().size(), 10);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("broken.json")));
}

QTEST_MAIN(TestChronologyImport)
#include "tst_chronologyimport.moc"
