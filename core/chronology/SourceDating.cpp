// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SourceDating.h"

#include "model/TimeValueText.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace annalist {

namespace {

TimeValue validityOf(const EntityRole &role)
{
    // Held from the earliest the role may have begun to the latest it may have ended.
    TimeValue validity = TimeValue::between(role.from.earliest(), role.to.latest(), TimeValue::Granularity::Day);
    if (!role.from.isKnown())
        validity.setBounds(QDateTime(), role.to.latest());
    if (!role.to.isKnown())
        validity.setBounds(role.from.earliest(), QDateTime());
    return validity;
}

QString describeValidity(const TimeValue &validity)
{
    if (!validity.isKnown())
        return QStringLiteral("at any time");
    return TimeValueText::describe(validity);
}

// Matches "<title> <name>" ("President-elect Claudia Sheinbaum", "Senator Rubio"),
// "<title>, <name>" ("Mexico's President-elect, Claudia Sheinbaum") and "<name>, the
// <title>" ("Claudia Sheinbaum, the President-elect of Mexico").
QList<int> usesOf(const QString &text, const QString &title, const QStringList &names)
{
    QList<int> offsets;
    for (const QString &name : names) {
        const QString quotedTitle = QRegularExpression::escape(title);
        const QString quotedName = QRegularExpression::escape(name);
        const QRegularExpression before(QStringLiteral("(?<![\\w-])") + quotedTitle + QStringLiteral(",?\\s+")
                                            + quotedName + QStringLiteral("(?![\\w-])"),
                                        QRegularExpression::CaseInsensitiveOption
                                            | QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpression after(QStringLiteral("(?<![\\w-])") + quotedName + QStringLiteral(",\\s+(?:the\\s+)?")
                                           + quotedTitle + QStringLiteral("(?![\\w-])"),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
        for (const QRegularExpression &pattern : { before, after }) {
            auto it = pattern.globalMatch(text);
            while (it.hasNext())
                offsets << int(it.next().capturedStart());
        }
    }
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    return offsets;
}

qint64 lower(const TimeValue &value)
{
    return value.earliest().isValid() ? value.earliest().toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

qint64 upper(const TimeValue &value)
{
    return value.latest().isValid() ? value.latest().toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

} // namespace

SourceDating::SourceDating(const QList<Entity> &entities)
{
    for (const Entity &entity : entities) {
        QStringList names = QStringList { entity.canonicalName } + entity.aliases;
        // Titles go with the surname alone too: "Senator Rubio", "President-elect Sheinbaum".
        const QStringList words = entity.canonicalName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() >= 2 && words.last().size() >= 3 && words.last().at(0).isUpper())
            names << words.last();
        names.removeDuplicates();
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const EntityRole &role : entity.roles) {
            if (!role.title.trimmed().isEmpty() && (role.from.isKnown() || role.to.isKnown()))
                m_uses.append({ entity.canonicalName, role, names });
        }
    }
}

SourceDatingResult SourceDating::date(const QString &text) const
{
    SourceDatingResult result;
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    for (const TitleUse &use : m_uses) {
        const QList<int> offsets = usesOf(text, use.role.title, use.names);
        if (offsets.isEmpty())
            continue;
        DatingReason reason;
        reason.entity = use.entity;
        reason.title = use.role.title;
        reason.offset = offsets.first();
        reason.validity = validityOf(use.role);
        reason.text
            = QStringLiteral("calls %1 %2 (%3)").arg(use.entity, use.role.title, describeValidity(reason.validity));
        result.reasons.append(reason);
        from = std::max(from, lower(reason.validity));
        to = std::min(to, upper(reason.validity));
    }
    std::sort(result.reasons.begin(), result.reasons.end(),
              [](const DatingReason &a, const DatingReason &b) { return a.offset < b.offset; });
    if (result.reasons.isEmpty())
        return result;
    if (from > to) {
        result.impossible = true;
        return result;
    }
    const QDateTime earliest = from == std::numeric_limits<qint64>::min()
        ? QDateTime()
        : QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc());
    const QDateTime latest
        = to == std::numeric_limits<qint64>::max() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc());
    result.window = TimeValue::between(earliest, latest, TimeValue::Granularity::Day);
    result.window.setQualifier(TimeValue::Qualifier::Uncertain);
    result.window.setAnchor(QStringLiteral("titles"));
    return result;
}

} // namespace annalist
