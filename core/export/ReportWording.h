// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chronology/ChronologyEntry.h"
#include "model/Evidence.h"
#include "model/Source.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace annalist {

struct ChronologyFilter;
struct CitedSource;
struct ExportOptions;
struct ExportContent;

// The words every report format uses for the same things, so that the PDF, HTML,
// Markdown and ODT reports and the CSV read alike.
class ReportWording final
{
public:
    // A quotation as the reports set it: “in double quotation marks”, on one line, with
    // the marks of a quote that is itself quoted given once and quotes inside it made
    // single ones (‘…’).
    // When a decision was stamped, in ISO 8601 UTC ("2026-03-02T14:05:09Z"); empty when never.
    static QString decisionTime(qint64 milliseconds);
    static QString quoted(const QString &quote);
    // "supports", "contradicts", "mentions".
    static QString stance(Evidence::Stance stance);
    static std::optional<Evidence::Stance> stanceFromName(const QString &name);
    // "2 — probably true" on the admiralty scale; empty for 0.
    static QString credibility(int credibility);
    // "B — usually reliable"; "not graded" for an unrated source.
    static QString grade(ReliabilityGrade grade);
    // "usually reliable".
    static QString gradeMeaning(ReliabilityGrade grade);
    // "corroborated by 2 independent sources", "no independent corroboration".
    static QString corroboration(int independentSources);
    // "time", "place", "participants", "contradiction".
    static QString conflictKind(Conflict::Kind kind);
    // The event's time in plain words, "date unknown" when it has none.
    static QString eventTime(const TimeValue &time);
    // "published 3 Feb 2025", "undated; written between 2 Jun and 30 Sep 2024 (inferred
    // from the titles it gives people)", "undated".
    static QString publication(const CitedSource &source);
    // "Title, Outlet, published 3 Feb 2025, grade B (usually reliable)": what a footnote
    // says of the source after the quote.
    static QString citation(const CitedSource &source);
    // The participants with their roles, "Marco Rubio (host), Claudia Sheinbaum".
    static QString participants(const ChronologyEntry &entry);
    // The report's title: the one asked for, or the project's name.
    static QString reportTitle(const ExportOptions &options, const ExportContent &content);
    // "23 events, 41 quoted passages from 9 sources".
    static QString summary(const ExportContent &content);
    // The moment the export stands for: options.generatedAt, or now.
    static QDateTime generatedAt(const ExportOptions &options);
    // "3 February 2025": the report's own dates, in full.
    static QString longDate(const QDate &date);
    // What the filter keeps, in words ("entries naming Marco Rubio, from 1 Jun 2024,
    // with conflicts"); empty for no filter.
    static QString filterDescription(const ChronologyFilter &filter, const ExportContent &content);
    // The SHA-256 in lower-case hex.
    static QString sha256(const CitedSource &source);
};

} // namespace annalist
