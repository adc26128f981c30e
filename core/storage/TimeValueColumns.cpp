// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeValueColumns.h"

#include "SqlValues.h"

#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

#include <array>

namespace annalist::TimeValueColumns {

namespace {

constexpr std::array<QStringView, count> suffixes = {
    u"_earliest", u"_latest", u"_granularity", u"_qualifier", u"_expression", u"_anchor",
};

QString joined(QStringView prefix, QStringView before, bool withAssignment)
{
    QStringList parts;
    for (QStringView suffix : suffixes) {
        const QString column = prefix + suffix;
        if (withAssignment)
            parts << column + QStringLiteral(" = :") + column;
        else
            parts << before + column;
    }
    return parts.join(QStringLiteral(", "));
}

QVariant boundValue(const QDateTime &bound)
{
    return bound.isValid() ? QVariant(bound.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime boundFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

} // namespace

QString names(QStringView prefix)
{
    return joined(prefix, {}, false);
}

QString placeholders(QStringView prefix)
{
    return joined(prefix, u":", false);
}

QString assignments(QStringView prefix)
{
    return joined(prefix, {}, true);
}

void bind(QSqlQuery &query, QStringView prefix, const TimeValue &value)
{
    const QString colon = QStringLiteral(":") + prefix;
    query.bindValue(colon + suffixes[0], boundValue(value.earliest()));
    query.bindValue(colon + suffixes[1], boundValue(value.latest()));
    query.bindValue(colon + suffixes[2], static_cast<int>(value.granularity()));
    query.bindValue(colon + suffixes[3], static_cast<int>(value.qualifier()));
    query.bindValue(colon + suffixes[4], textValue(value.expression()));
    query.bindValue(colon + suffixes[5], textValue(value.anchor()));
}

TimeValue read(const QSqlQuery &query, int firstColumn)
{
    TimeValue value;
    value.setBounds(boundFrom(query.value(firstColumn)), boundFrom(query.value(firstColumn + 1)));
    value.setGranularity(static_cast<TimeValue::Granularity>(query.value(firstColumn + 2).toInt()));
    value.setQualifier(static_cast<TimeValue::Qualifier>(query.value(firstColumn + 3).toInt()));
    value.setExpression(query.value(firstColumn + 4).toString());
    value.setAnchor(query.value(firstColumn + 5).toString());
    return value;
}

} // namespace annalist::TimeValueColumns
