#pragma once

#include <QLocale>

class QCoreApplication;
class QTranslator;

namespace annalist {

// Installs the interface translation for a locale (and Qt's own for standard
// dialogs) where one exists; English needs none.
class InterfaceTranslations final
{
public:
    // Returns true if an Annalist translation for the locale was installed.
    static bool install(const QLocale &locale = QLocale());
};

} // namespace annalist
