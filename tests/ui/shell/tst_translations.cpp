// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "itemmodels/ChronologyModel.h"
#include "itemmodels/SourceListModel.h"
#include "model/TimeValueText.h"
#include "ui/entities/TypeLegend.h"
#include "ui/shell/InterfaceTranslations.h"
#include "ui/shell/MainWindow.h"

#include <QFile>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace annalist;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void spanishIsComplete();
    void spanishLocaleShowsSpanishWindow_data();
    void spanishLocaleShowsSpanishWindow();
    void spanishHeadersAndDates_data();
    void spanishHeadersAndDates();
};

void TestTranslations::spanishIsComplete()
{
    QFile file(QStringLiteral(ANNALIST_TRANSLATIONS_DIR "/annalist_es.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
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
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 150);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QStringLiteral(" | "))));
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
    QTest::newRow("date: month") << TimeValueText::describe(TimeValue::month(2024, 9)) << QStringLiteral("sept 2024");
}

void TestTranslations::spanishHeadersAndDates()
{
    QFETCH(QString, shown);
    QFETCH(QString, spanish);
    QCOMPARE(shown, spanish);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
