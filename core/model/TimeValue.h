// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

namespace annalist {

// A point or span in time as analysts know it: often only bounded, seldom exact.
// Both bounds are inclusive and in UTC; an invalid bound means "open" on that side.
class TimeValue
{
public:
    enum class Granularity { Unknown, Year, Month, Day, Hour, Minute, Second };
    enum class Qualifier { Exact, Approximate, Uncertain };

    TimeValue() = default;

    static TimeValue unknown();
    static TimeValue day(QDate date, Qualifier qualifier = Qualifier::Exact);
    static TimeValue month(int year, int month, Qualifier qualifier = Qualifier::Exact);
    static TimeValue year(int year, Qualifier qualifier = Qualifier::Exact);
    static TimeValue instant(const QDateTime &moment, Granularity granularity = Granularity::Second);
    static TimeValue between(const QDateTime &earliest, const QDateTime &latest,
                             Granularity granularity = Granularity::Day);

    bool isKnown() const { return m_earliest.isValid() || m_latest.isValid(); }
    QDateTime earliest() const { return m_earliest; }
    QDateTime latest() const { return m_latest; }
    Granularity granularity() const { return m_granularity; }
    Qualifier qualifier() const { return m_qualifier; }
    QString expression() const { return m_expression; }
    QString anchor() const { return m_anchor; }

    void setBounds(const QDateTime &earliest, const QDateTime &latest);
    void setGranularity(Granularity granularity) { m_granularity = granularity; }
    void setQualifier(Qualifier qualifier) { m_qualifier = qualifier; }
    void setExpression(const QString &expression) { m_expression = expression; }
    void setAnchor(const QString &anchor) { m_anchor = anchor; }

    // Extended Date/Time Format (ISO 8601-2): "2024-09-30", "2024-09~", "2024?",
    // "2024-06-02/2024-09-30", "../2025-01-20"; empty for an unknown time.
    QString toEdtf() const;
    // TIMEX3 value attribute: "2024-09-30", "2024-09", "XXXX-XX-XX" when unknown.
    QString toTimex3() const;

    friend bool operator==(const TimeValue &, const TimeValue &) = default;

private:
    bool isSingleUnit() const;
    QString formatBound(const QDateTime &bound) const;

    QDateTime m_earliest;
    QDateTime m_latest;
    Granularity m_granularity = Granularity::Unknown;
    Qualifier m_qualifier = Qualifier::Exact;
    QString m_expression;
    QString m_anchor;
};

} // namespace annalist
