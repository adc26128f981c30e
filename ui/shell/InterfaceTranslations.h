// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>

class QCoreApplication;
class QTranslator;

namespace annalist {

// Installs the interface translation for a locale (and Qt's own for standard
// dialogs) where one exists. English has one too, holding only the plural forms
// ("1 event", "2 events"); it is what a locale without a translation gets.
class InterfaceTranslations final
{
public:
    // Returns true if an Annalist translation for the locale itself was installed.
    static bool install(const QLocale &locale = QLocale());
};

} // namespace annalist
