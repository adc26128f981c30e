#include "commandline/CommandLineTool.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("annalist-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Annalist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANNALIST_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    annalist::CommandLineTool tool(out, err);
    return tool.run(QCoreApplication::arguments().mid(1));
}
