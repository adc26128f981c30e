// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkFixture.h"

#include "commandline/CommandLineTool.h"

#include <QFile>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>
#include <QXmlStreamReader>

using namespace annalist;
using namespace annalist::test;

// annalist-cli network, in process, on a real project file: every format, the
// chronology's filters, the time slider, and clear errors for bad input.
class TestNetworkCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_case.fill());
        // A copy the command can open: the fixture keeps its own project locked.
        m_path = m_case.copy(QStringLiteral("case"));
        QVERIFY(!m_path.isEmpty());
    }

    void formats_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("links");
        QTest::newRow("graphml") << QStringList {} << QStringLiteral("graphml") << 5 << 5;
        QTest::newRow("gexf, one lane") << QStringList { QStringLiteral("--lane"), QStringLiteral("Trade") }
                                        << QStringLiteral("gexf") << 2 << 1;
        QTest::newRow("graphml, an entity by name")
            << QStringList { QStringLiteral("--entity"), QStringLiteral("cy moss") } << QStringLiteral("graphml") << 2
            << 1;
        QTest::newRow("graphml, as of a date") << QStringList { QStringLiteral("--as-of"), QStringLiteral("2024-01") }
                                               << QStringLiteral("graphml") << 2 << 1;
        QTest::newRow("graphml, co-mentions")
            << QStringList { QStringLiteral("--co-mentions") } << QStringLiteral("graphml") << 5 << 10;
        QTest::newRow("gexf, events as nodes")
            << QStringList { QStringLiteral("--event-nodes") } << QStringLiteral("gexf") << 8 << 8;
        QTest::newRow("svg") << QStringList {} << QStringLiteral("svg") << 5 << 5;
        QTest::newRow("dot, hierarchy") << QStringList { QStringLiteral("--engine"), QStringLiteral("dot") }
                                        << QStringLiteral("dot") << 5 << 5;
        QTest::newRow("pdf") << QStringList {} << QStringLiteral("pdf") << 5 << 5;
    }

    void formats()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, format);
        QFETCH(int, nodes);
        QFETCH(int, links);
        const QString output = m_dir.filePath(QStringLiteral("chart.") + format);
        QFile::remove(output);
        const int status = run(QStringList { QStringLiteral("network"), m_path, QStringLiteral("--format"), format,
                                             QStringLiteral("-o"), output }
                               + extra);
        QVERIFY2(status == 0, qPrintable(m_err));
        QVERIFY(m_out.contains(QStringLiteral("%1 node").arg(nodes)));
        QVERIFY(m_out.contains(QStringLiteral("%1 link").arg(links)));
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == u"pdf") {
            QVERIFY(bytes.startsWith("%PDF-"));
            return;
        }
        if (format == u"dot") {
            QCOMPARE(bytes.count(" -- "), links);
            return;
        }
        QXmlStreamReader xml(bytes);
        int nodeElements = 0;
        int linkElements = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"node" || (format == u"svg" && xml.name() == u"path"))
                ++nodeElements;
            if (xml.name() == u"edge" || (format == u"svg" && xml.name() == u"line"))
                ++linkElements;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(nodeElements, nodes);
        QCOMPARE(linkElements, links);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("/tmp/never-written.svg");
        QTest::newRow("no format") << QStringList { QStringLiteral("-o"), out } << 1
                                   << QStringLiteral("network needs --format svg|pdf|graphml|gexf|dot");
        QTest::newRow("unknown format") << QStringList {
            QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), out
        } << 1 << QStringLiteral("unknown network format 'png' (svg, pdf, graphml, gexf or dot)");
        QTest::newRow("no output") << QStringList { QStringLiteral("--format"), QStringLiteral("svg") } << 1
                                   << QStringLiteral("network needs -o PATH, where to write");
        QTest::newRow("unknown engine") << QStringList { QStringLiteral("--format"), QStringLiteral("svg"),
                                                         QStringLiteral("-o"),       out,
                                                         QStringLiteral("--engine"), QStringLiteral("circo") }
                                        << 1 << QStringLiteral("unknown layout engine 'circo' (sfdp, neato or dot)");
        QTest::newRow("bad date") << QStringList { QStringLiteral("--format"), QStringLiteral("svg"),
                                                   QStringLiteral("-o"),       out,
                                                   QStringLiteral("--as-of"),  QStringLiteral("yesterday-ish") }
                                  << 1 << QStringLiteral("--as-of:");
        QTest::newRow("unknown entity") << QStringList { QStringLiteral("--format"), QStringLiteral("svg"),
                                                         QStringLiteral("-o"),       out,
                                                         QStringLiteral("--entity"), QStringLiteral("Nobody") }
                                        << 2 << QStringLiteral("Nobody");
        QTest::newRow("unwritable") << QStringList { QStringLiteral("--format"), QStringLiteral("svg"),
                                                     QStringLiteral("-o"), QStringLiteral("/proc/chart.svg") }
                                    << 2 << QStringLiteral("could not write /proc/chart.svg");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, message);
        QCOMPARE(run(QStringList { QStringLiteral("network"), m_path } + arguments), status);
        QVERIFY2(m_err.contains(message), qPrintable(m_err));
        // One line says what is wrong; a usage error adds where to read more.
        QCOMPARE(m_err.count(u'\n'), status == 1 ? 2 : 1);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-written.svg")));
    }

private:
    int run(const QStringList &arguments)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        CommandLineTool tool(out, err);
        const int status = tool.run(arguments);
        out.flush();
        err.flush();
        return status;
    }

    NetworkFixture m_case;
    QString m_path;
    QTemporaryDir m_dir;
    QString m_out;
    QString m_err;
};

QTEST_MAIN(TestNetworkCommand)
#include "tst_networkcommand.moc"
