#include "commandline/CommandLineTool.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The PDF and ODT exports set text, which takes Qt Gui's fonts; the offscreen
    // platform has them without a display, and the command line never shows a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("annalist-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Annalist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANNALIST_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    annalist::CommandLineTool tool(out, err);
    return tool.run(QCoreApplication::arguments().mid(1));
}
