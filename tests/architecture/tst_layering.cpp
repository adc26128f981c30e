// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LayerChecker.h"

#include <QFile>
#include <QTest>

class tst_Layering : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void projectFollowsItsLayers();
    void declarationErrors_data();
    void declarationErrors();
};

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList describe(const QList<LayerChecker::Violation> &violations)
{
    QStringList lines;
    for (const LayerChecker::Violation &violation : violations)
        lines.append(QStringLiteral("%1:%2: %3").arg(violation.file).arg(violation.line).arg(violation.reason));
    return lines;
}

} // namespace

void tst_Layering::fixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("an upward include in core")
        << QStringLiteral("upward-include")
        << QStringList { QStringLiteral("core/model/Entity.h:3: core/model may not include core/storage") };
    QTest::newRow("core including the interface")
        << QStringLiteral("core-includes-interface")
        << QStringList { QStringLiteral("core/storage/Project.cpp:2: core may not include the interface") };
    QTest::newRow("an area including the shell above it")
        << QStringLiteral("area-includes-shell")
        << QStringList { QStringLiteral("ui/widgets/ElidedLabel.cpp:2: ui/widgets may not include ui/shell"),
                         QStringLiteral("ui/widgets/ElidedLabel.cpp:3: ui/widgets may not include ui/reader") };
    QTest::newRow("an include climbing out of its folder, a file outside every layer")
        << QStringLiteral("climbing-include")
        << QStringList { QStringLiteral("core/Stray.cpp:0: lies outside every layer"),
                         QStringLiteral("core/model/Source.h:2: climbs out of its folder") };
    QTest::newRow("a folder that is no declared layer")
        << QStringLiteral("undeclared-layer")
        << QStringList { QStringLiteral("core/network/Graph.cpp:0: core/network is not a declared layer") };
}

void tst_Layering::fixtures()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, expected);

    const QString root = QStringLiteral(ANNALIST_LAYERING_FIXTURES) + u'/' + fixture;
    LayerChecker checker;
    QString error;
    QVERIFY2(checker.readDeclaration(readText(root + QStringLiteral("/layers.txt")), &error), qPrintable(error));
    QCOMPARE(describe(checker.check(root)), expected);
}

void tst_Layering::projectFollowsItsLayers()
{
    const QString declaration = readText(QStringLiteral(ANNALIST_LAYERS_FILE));
    QVERIFY2(!declaration.isEmpty(), "the build wrote no layers.txt");
    LayerChecker checker;
    QString error;
    QVERIFY2(checker.readDeclaration(declaration, &error), qPrintable(error));
    // The declaration itself follows the order of docs/ARCHITECTURE.md at its ends.
    QVERIFY(checker.reachable(QStringLiteral("core/commandline")).contains(QStringLiteral("core/model")));
    QVERIFY(checker.reachable(QStringLiteral("core/model")).isEmpty());
    QVERIFY(!checker.reachable(QStringLiteral("core/storage")).contains(QStringLiteral("core/editing")));

    const QStringList violations = describe(checker.check(QStringLiteral(ANNALIST_SOURCE_DIR)));
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

void tst_Layering::declarationErrors_data()
{
    QTest::addColumn<QString>("declaration");
    QTest::addColumn<QString>("error");

    QTest::newRow("layers using each other")
        << QStringLiteral("core/a: b\ncore/b: a\n") << QStringLiteral("use each other");
    QTest::newRow("a layer using one never declared")
        << QStringLiteral("core/a: b\n") << QStringLiteral("core/b, which is not declared");
    QTest::newRow("a line that is no declaration")
        << QStringLiteral("storage uses model\n") << QStringLiteral("not a layer declaration");
    QTest::newRow("nothing declared") << QString() << QStringLiteral("no layers declared");
}

void tst_Layering::declarationErrors()
{
    QFETCH(QString, declaration);
    QFETCH(QString, error);

    LayerChecker checker;
    QString message;
    QVERIFY(!checker.readDeclaration(declaration, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_layering.moc"
