// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AboutText.h"
#include "SyntaxHighlighting.h"

#include <QApplication>
#include <QTest>

using namespace annalist;

// Help ▸ About names the Qt versions and the optional features this build has.
class TestAboutText : public QObject
{
    Q_OBJECT

private slots:
    void namesQtAndTheOptionalFeatures_data();
    void namesQtAndTheOptionalFeatures();
};

void TestAboutText::namesQtAndTheOptionalFeatures_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("Qt it was built with") << QStringLiteral("Built with Qt " QT_VERSION_STR);
    QTest::newRow("Qt it runs on") << QStringLiteral("running on Qt %1").arg(QString::fromLatin1(qVersion()));
    QTest::newRow("syntax highlighting") << QStringLiteral("KDE Syntax-Highlighting");
    QTest::newRow("version") << QStringLiteral("Annalist 9.8.7");
    QTest::newRow("licence") << QStringLiteral("GPL-3.0-or-later");
    QTest::newRow("GeoNames") << QStringLiteral("GeoNames (geonames.org), licensed CC BY 4.0");
    QTest::newRow("iso-codes") << QStringLiteral("iso-codes project, licensed LGPL-2.1 or later");
    QTest::newRow("DejaVu") << QStringLiteral("DejaVu fonts");
}

void TestAboutText::namesQtAndTheOptionalFeatures()
{
    QFETCH(QString, expected);
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    const std::unique_ptr<SyntaxHighlighting> highlighting = SyntaxHighlighting::create();
    QVERIFY2(AboutText::html(*highlighting).contains(expected), qPrintable(AboutText::html(*highlighting)));
    const QStringList features = AboutText::optionalFeatures(*highlighting);
    QCOMPARE(features.size(), 1);
    // Where the build has the library, its version is named; where not, that it is missing.
    if (highlighting->isAvailable())
        QVERIFY(features.first().startsWith(highlighting->libraryName()));
    else
        QVERIFY(features.first().contains(QStringLiteral("not in this build")));
}

QTEST_MAIN(TestAboutText)
#include "tst_abouttext.moc"
