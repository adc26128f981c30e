// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "InterfaceTranslations.h"

#include "model/TimeValueLocale.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace annalist {

bool InterfaceTranslations::install(const QLocale &locale)
{
    // Owned by the application, so they live as long as it does.
    auto *annalist = new QTranslator(QCoreApplication::instance());
    const bool found
        = annalist->load(locale, QStringLiteral("annalist"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // Without a translation for the locale, the English one says its plurals right.
    // Dates are said in the interface's language, with its month names.
    TimeValueLocale::set(found ? locale : QLocale::c());
    if (found || annalist->load(QStringLiteral(":/i18n/annalist_en.qm")))
        QCoreApplication::installTranslator(annalist);
    else
        delete annalist;

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

} // namespace annalist
