// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline/CommandLineTool.h"
#ifdef ANNALIST_WITH_BENCHMARKS
#include "BenchCommand.h"
#endif

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// The exports and the link chart lay out text, which takes Qt Gui's fonts; every other
// command does with Qt Core alone, and starts faster for it.
bool exports(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export") == 0 || std::strcmp(argv[i], "network") == 0)
            return true;
    }
    return false;
}

QtMessageHandler defaultHandler = nullptr;

// Qt Gui notes that XDG_RUNTIME_DIR is unset when it starts without a desktop session,
// as in a container or a cron job; the command line has no use for that folder.
void withoutRuntimeDirectoryNote(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (exports(argc, argv)) {
        // The offscreen platform has the fonts without a display; the command line never
        // shows a window.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultHandler = qInstallMessageHandler(withoutRuntimeDirectoryNote);
        application = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(defaultHandler);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("annalist-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Annalist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANNALIST_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    annalist::CommandLineTool tool(out, err);
#ifdef ANNALIST_WITH_BENCHMARKS
    tool.addCommand(annalist::BenchCommand::command(out, err));
#endif
    return tool.run(QCoreApplication::arguments().mid(1));
}
