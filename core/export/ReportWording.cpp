// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportWording.h"

#include <QDateTime>
#include <QTimeZone>

#include "ExportContent.h"
#include "ExportOptions.h"

#include "chronology/ChronologyFilter.h"
#include "model/TimeValueText.h"

#include <QLocale>

#include <algorithm>

namespace annalist {

QString ReportWording::quoted(const QString &quote)
{
    QString text = quote.simplified();
    const auto isDoubleMark = [](QChar c) {
        return c == u'"' || c == u'“' || c == u'”' || c == u'„' || c == u'«' || c == u'»';
    };
    // "“We met,” she said" keeps its marks; "“We met.”" is given them once.
    if (text.size() >= 2 && isDoubleMark(text.front()) && isDoubleMark(text.back())) {
        const QString inner = text.mid(1, text.size() - 2);
        if (std::none_of(inner.cbegin(), inner.cend(), isDoubleMark))
            text = inner;
    }
    // Quotes inside the quotation become single marks, opening after a space or an
    // opening bracket, closing elsewhere.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!isDoubleMark(c))
            continue;
        const bool opening = c == u'“' || c == u'„' || c == u'«'
            || (c == u'"' && (i == 0 || text.at(i - 1).isSpace() || text.at(i - 1) == u'(' || text.at(i - 1) == u'['));
        text[i] = opening ? u'‘' : u'’';
    }
    return u'“' + text + u'”';
}

QString ReportWording::stance(Evidence::Stance stance)
{
    switch (stance) {
    case Evidence::Stance::Supports:
        return QStringLiteral("supports");
    case Evidence::Stance::Contradicts:
        return QStringLiteral("contradicts");
    case Evidence::Stance::Mentions:
        return QStringLiteral("mentions");
    }
    return {};
}

std::optional<Evidence::Stance> ReportWording::stanceFromName(const QString &name)
{
    const QString folded = name.trimmed().toLower();
    if (folded.isEmpty() || folded == QStringLiteral("supports") || folded == QStringLiteral("support"))
        return Evidence::Stance::Supports;
    if (folded == QStringLiteral("contradicts") || folded == QStringLiteral("contradict"))
        return Evidence::Stance::Contradicts;
    if (folded == QStringLiteral("mentions") || folded == QStringLiteral("mention"))
        return Evidence::Stance::Mentions;
    return std::nullopt;
}

QString ReportWording::credibility(int credibility)
{
    static const char16_t *const words[]
        = { u"confirmed by other sources", u"probably true", u"possibly true", u"doubtful", u"improbable",
            u"truth cannot be judged" };
    if (credibility < 1 || credibility > 6)
        return {};
    return QStringLiteral("%1 — %2").arg(credibility).arg(QString::fromUtf16(words[credibility - 1]));
}

QString ReportWording::grade(ReliabilityGrade grade)
{
    if (grade == ReliabilityGrade::Unrated)
        return QStringLiteral("not graded");
    return reliabilityGradeLetter(grade) + QStringLiteral(" — ") + gradeMeaning(grade);
}

QString ReportWording::gradeMeaning(ReliabilityGrade grade)
{
    switch (grade) {
    case ReliabilityGrade::Unrated:
        return QStringLiteral("not graded");
    case ReliabilityGrade::A:
        return QStringLiteral("completely reliable");
    case ReliabilityGrade::B:
        return QStringLiteral("usually reliable");
    case ReliabilityGrade::C:
        return QStringLiteral("fairly reliable");
    case ReliabilityGrade::D:
        return QStringLiteral("not usually reliable");
    case ReliabilityGrade::E:
        return QStringLiteral("unreliable");
    case ReliabilityGrade::F:
        return QStringLiteral("reliability cannot be judged");
    }
    return {};
}

QString ReportWording::corroboration(int independentSources)
{
    if (independentSources <= 0)
        return QStringLiteral("no independent corroboration");
    if (independentSources == 1)
        return QStringLiteral("1 independent source");
    return QStringLiteral("%1 independent sources").arg(independentSources);
}

QString ReportWording::conflictKind(Conflict::Kind kind)
{
    switch (kind) {
    case Conflict::Kind::Time:
        return QStringLiteral("time");
    case Conflict::Kind::Place:
        return QStringLiteral("place");
    case Conflict::Kind::Participants:
        return QStringLiteral("participants");
    case Conflict::Kind::Contradiction:
        return QStringLiteral("contradiction");
    }
    return {};
}

QString ReportWording::eventTime(const TimeValue &time)
{
    return time.isKnown() ? TimeValueText::describe(time) : QStringLiteral("date unknown");
}

QString ReportWording::publication(const CitedSource &source)
{
    if (source.published.isKnown())
        return QStringLiteral("published ") + TimeValueText::describe(source.published);
    if (source.inferredWindow.isKnown()) {
        // An inference is uncertain by nature; the words say how it was made instead.
        TimeValue window = source.inferredWindow;
        window.setQualifier(TimeValue::Qualifier::Exact);
        return QStringLiteral("undated; written %1 (inferred from the titles it gives people)")
            .arg(TimeValueText::describe(window));
    }
    return QStringLiteral("undated");
}

QString ReportWording::citation(const CitedSource &source)
{
    QStringList parts;
    parts << (source.title.trimmed().isEmpty() ? QStringLiteral("Untitled source") : source.title.trimmed());
    if (!source.outlet.trimmed().isEmpty())
        parts << source.outlet.trimmed();
    parts << publication(source);
    if (source.grade == ReliabilityGrade::Unrated)
        parts << QStringLiteral("not graded");
    else
        parts << QStringLiteral("grade %1 (%2)").arg(reliabilityGradeLetter(source.grade), gradeMeaning(source.grade));
    return parts.join(QStringLiteral(", "));
}

QString ReportWording::participants(const ChronologyEntry &entry)
{
    return entry.participantNames.join(QStringLiteral(", "));
}

QString ReportWording::reportTitle(const ExportOptions &options, const ExportContent &content)
{
    const QString title = options.title.trimmed();
    if (!title.isEmpty())
        return title;
    return content.projectName.isEmpty() ? QStringLiteral("Chronology") : content.projectName;
}

QString ReportWording::summary(const ExportContent &content)
{
    const int events = static_cast<int>(content.entries.size());
    const int citations = content.citationCount();
    const int sources = static_cast<int>(content.sources.size());
    QString text = events == 1 ? QStringLiteral("1 event") : QStringLiteral("%1 events").arg(events);
    if (content.totalEvents > events)
        text += QStringLiteral(" of %1").arg(content.totalEvents);
    text += citations == 1 ? QStringLiteral(", 1 quoted passage")
                           : QStringLiteral(", %1 quoted passages").arg(citations);
    text += sources == 1 ? QStringLiteral(" from 1 source") : QStringLiteral(" from %1 sources").arg(sources);
    return text;
}

QDateTime ReportWording::generatedAt(const ExportOptions &options)
{
    return options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
}

QString ReportWording::longDate(const QDate &date)
{
    return QLocale::c().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ReportWording::filterDescription(const ChronologyFilter &filter, const ExportContent &content)
{
    if (filter.isEmpty())
        return {};
    const QLocale c = QLocale::c();
    QStringList parts;
    if (filter.entityId != 0) {
        const QString name = content.entityName(filter.entityId);
        parts << QStringLiteral("entries naming ")
                + (name.isEmpty() ? QStringLiteral("entity %1").arg(filter.entityId) : name);
    }
    if (filter.sourceId != 0) {
        const CitedSource *source = content.source(filter.sourceId);
        parts << QStringLiteral("entries quoting ")
                + (source ? QStringLiteral("“%1”").arg(source->title)
                          : QStringLiteral("source %1").arg(filter.sourceId));
    }
    if (!filter.lane.isEmpty())
        parts << QStringLiteral("lane “%1”").arg(filter.lane);
    if (filter.from.isValid())
        parts << QStringLiteral("from ") + c.toString(filter.from.toUTC().date(), QStringLiteral("d MMM yyyy"));
    if (filter.to.isValid())
        parts << QStringLiteral("to ") + c.toString(filter.to.toUTC().date(), QStringLiteral("d MMM yyyy"));
    if (filter.credibilityAtLeast > 0)
        parts << QStringLiteral("credibility %1 or better").arg(filter.credibilityAtLeast);
    if (!filter.text.trimmed().isEmpty())
        parts << QStringLiteral("containing “%1”").arg(filter.text.simplified());
    if (filter.conflictsOnly)
        parts << QStringLiteral("with conflicts");
    return parts.join(QStringLiteral(", "));
}

QString ReportWording::sha256(const CitedSource &source)
{
    return QString::fromLatin1(source.sha256.toHex());
}

QString ReportWording::decisionTime(qint64 milliseconds)
{
    if (milliseconds <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(milliseconds, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace annalist
