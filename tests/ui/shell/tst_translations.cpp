// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/shell/InterfaceTranslations.h"
#include "ui/shell/MainWindow.h"

#include <QFile>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace annalist;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void spanishIsComplete();
    void spanishLocaleShowsSpanishWindow_data();
    void spanishLocaleShowsSpanishWindow();
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

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
