// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace annalist {

// Text whose line breaks matter: preformatted HTML, a PDF page.
class TextLines final
{
public:
    // The lines of text without trailing whitespace, and without blank lines at the
    // start and the end; indentation and blank lines in between stay.
    static QString trimmed(const QString &text);
};

} // namespace annalist
