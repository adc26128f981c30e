// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimexMatch.h"

namespace annalist {

QString timexTypeName(Timex::Type type)
{
    switch (type) {
    case Timex::Type::Date:
        return QStringLiteral("DATE");
    case Timex::Type::Time:
        return QStringLiteral("TIME");
    case Timex::Type::Duration:
        return QStringLiteral("DURATION");
    case Timex::Type::Set:
        return QStringLiteral("SET");
    }
    return QStringLiteral("DATE");
}

bool timexTypeFromName(QStringView name, Timex::Type *type)
{
    const QString upper = name.trimmed().toString().toUpper();
    if (upper == QLatin1String("DATE"))
        *type = Timex::Type::Date;
    else if (upper == QLatin1String("TIME"))
        *type = Timex::Type::Time;
    else if (upper == QLatin1String("DURATION"))
        *type = Timex::Type::Duration;
    else if (upper == QLatin1String("SET"))
        *type = Timex::Type::Set;
    else
        return false;
    return true;
}

} // namespace annalist
