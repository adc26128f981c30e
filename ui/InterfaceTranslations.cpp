#include "InterfaceTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace annalist {

bool InterfaceTranslations::install(const QLocale &locale)
{
    // Owned by the application, so they live as long as it does.
    auto *annalist = new QTranslator(QCoreApplication::instance());
    const bool found = annalist->load(locale, QStringLiteral("annalist"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(annalist);
    else
        delete annalist;

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

} // namespace annalist
