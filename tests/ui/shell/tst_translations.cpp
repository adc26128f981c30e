// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "itemmodels/ChronologyModel.h"
#include "itemmodels/SourceListModel.h"
#include "model/TimeValueText.h"
#include "ui/entities/TypeLegend.h"
#include "ui/shell/InterfaceTranslations.h"
#include "ui/shell/MainWindow.h"

#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace annalist;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void spanishIsComplete();
    void spanishFollowsTheSources();
    void spanishLocaleShowsSpanishWindow_data();
    void spanishLocaleShowsSpanishWindow();
    void spanishHeadersAndDates_data();
    void spanishHeadersAndDates();
};

namespace {

// The source texts of a .ts file that have no finished translation, and how many it holds.
std::pair<QStringList, int> untranslated(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { { QStringLiteral("(cannot open %1)").arg(path) }, 0 };
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QStringLiteral("translation")) {
            const bool open = xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (open || text.trimmed().isEmpty())
                unfinished << source;
        }
    }
    if (xml.hasError())
        unfinished << xml.errorString();
    return { unfinished, messages };
}

} // namespace

void TestTranslations::spanishIsComplete()
{
    const auto [unfinished, messages] = untranslated(QStringLiteral(ANNALIST_TRANSLATIONS_DIR "/annalist_es.ts"));
    QVERIFY(messages > 150);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QStringLiteral(" | "))));
}

// The Spanish file is brought up to date with the interface's sources as they are now
// (a copy, with Qt's lupdate): a text added or moved to another class since the file was
// last updated shows as unfinished, instead of as English in a Spanish window.
void TestTranslations::spanishFollowsTheSources()
{
    const QString lupdate = QStringLiteral(ANNALIST_LUPDATE);
    if (!QFileInfo::exists(lupdate))
        QSKIP("Qt's lupdate is not installed (qt6-l10n-tools)");
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("annalist_es.ts"));
    QVERIFY(QFile::copy(QStringLiteral(ANNALIST_TRANSLATIONS_DIR "/annalist_es.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess process;
    process.start(lupdate,
                  { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                    QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral(ANNALIST_UI_SOURCE_DIR),
                    // The item models' headers, the words of times and the undo steps' names,
                    // shown by the window.
                    QStringLiteral(ANNALIST_CORE_SOURCE_DIR "/itemmodels"),
                    QStringLiteral(ANNALIST_CORE_SOURCE_DIR "/editing"),
                    QStringLiteral(ANNALIST_CORE_SOURCE_DIR "/model/TimeValueText.cpp"), QStringLiteral("-ts"), copy });
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const auto [unfinished, messages] = untranslated(copy);
    QVERIFY(messages > 150);
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("not in translations/annalist_es.ts (run the annalist_ui_lupdate target and "
                                       "translate): ")
                        + unfinished.join(QStringLiteral(" | "))));
}

void TestTranslations::spanishLocaleShowsSpanishWindow_data()
{
    QTest::addColumn<int>("menu");
    QTest::addColumn<QString>("title");
    QTest::newRow("file") << 0 << QStringLiteral("&Archivo");
    QTest::newRow("edit") << 1 << QStringLiteral("&Editar");
    QTest::newRow("annotate") << 2 << QStringLiteral("A&notar");
    QTest::newRow("view") << 3 << QStringLiteral("&Ver");
    QTest::newRow("chronology") << 4 << QStringLiteral("&Cronología");
    QTest::newRow("help") << 5 << QStringLiteral("A&yuda");
}

void TestTranslations::spanishLocaleShowsSpanishWindow()
{
    QFETCH(int, menu);
    QFETCH(QString, title);
    static const bool installed = InterfaceTranslations::install(QLocale(QStringLiteral("es_MX")));
    QVERIFY(installed);
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menu < menus.size());
    QCOMPARE(menus.at(menu)->text(), title);
}

void TestTranslations::spanishHeadersAndDates_data()
{
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("spanish");
    static const bool installed = InterfaceTranslations::install(QLocale(QStringLiteral("es_MX")));
    if (!installed)
        return;
    ChronologyModel chronology;
    SourceListModel sources;
    const auto header = [](const QAbstractItemModel &model, int column) {
        return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    };
    QTest::newRow("chronology: time") << header(chronology, ChronologyModel::TimeColumn) << QStringLiteral("Fecha");
    QTest::newRow("chronology: event") << header(chronology, ChronologyModel::TitleColumn) << QStringLiteral("Evento");
    QTest::newRow("chronology: participants")
        << header(chronology, ChronologyModel::ParticipantsColumn) << QStringLiteral("Participantes");
    QTest::newRow("chronology: place") << header(chronology, ChronologyModel::PlaceColumn) << QStringLiteral("Lugar");
    QTest::newRow("chronology: sources") << header(chronology, ChronologyModel::SourcesColumn)
                                         << QStringLiteral("Fuentes");
    QTest::newRow("chronology: credibility")
        << header(chronology, ChronologyModel::CredibilityColumn) << QStringLiteral("Credibilidad");
    QTest::newRow("library: title") << header(sources, SourceListModel::TitleColumn) << QStringLiteral("Título");
    QTest::newRow("library: outlet") << header(sources, SourceListModel::OutletColumn) << QStringLiteral("Medio");
    QTest::newRow("legend: person") << TypeLegend::displayName(QStringLiteral("Person")) << QStringLiteral("Persona");
    QTest::newRow("legend: place") << TypeLegend::displayName(QStringLiteral("Place")) << QStringLiteral("Lugar");
    const QDateTime start(QDate(2025, 1, 20), QTime(0, 0), QTimeZone::utc());
    const QDateTime end(QDate(2025, 2, 2), QTime(23, 59, 59, 999), QTimeZone::utc());
    TimeValue uncertain = TimeValue::between(QDateTime(), end);
    uncertain.setQualifier(TimeValue::Qualifier::Uncertain);
    QTest::newRow("date: open start, uncertain")
        << TimeValueText::describe(uncertain) << QStringLiteral("hasta 2 feb 2025 (inclusive, incierto)");
    QTest::newRow("date: span") << TimeValueText::describe(TimeValue::between(start, end))
                                << QStringLiteral("entre 20 ene y 2 feb 2025");
    // The locale's own abbreviation, which Qt's locale data changed ("sept" in Qt 6.4, "sep" in 6.8).
    const QString september = QLocale(QStringLiteral("es_MX")).monthName(9, QLocale::ShortFormat);
    QVERIFY(september.startsWith(QStringLiteral("sep")));
    QTest::newRow("date: month") << TimeValueText::describe(TimeValue::month(2024, 9))
                                 << september + QStringLiteral(" 2024");
}

void TestTranslations::spanishHeadersAndDates()
{
    QFETCH(QString, shown);
    QFETCH(QString, spanish);
    QCOMPARE(shown, spanish);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
