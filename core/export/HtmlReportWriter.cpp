// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HtmlReportWriter.h"

#include "LinkableUrl.h"

#include "ExportContent.h"
#include "ExportOptions.h"
#include "ReportStructure.h"
#include "ReportWording.h"
#include "TimelineFigureSvg.h"

#include <QLocale>

#include <algorithm>

namespace annalist {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Paragraph text with its line breaks kept.
QString escapedLines(const QString &text)
{
    return escaped(text.trimmed()).replace(u'\n', QStringLiteral("<br>\n"));
}

const char16_t styleSheet[] = uR"(
:root { --text: #1c1c1c; --accent: #1f3a5f; --muted: #5f6368; --rule: #b8bcc2; --conflict: #a11d1d; --band: #f1f3f6; }
body { font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; color: var(--text); max-width: 46em;
       margin: 2em auto; padding: 0 1.5em; line-height: 1.45; font-size: 11pt; }
h1, h2, h3, h4 { color: var(--accent); font-weight: normal; line-height: 1.2; }
h1 { font-size: 2.2em; margin: 0.2em 0 0.6em; }
h2 { font-size: 1.6em; border-bottom: 1px solid var(--rule); padding-bottom: 0.2em; margin-top: 2em; }
h3 { font-family: "DejaVu Sans", sans-serif; font-weight: bold; font-size: 1.05em; margin-top: 1.6em; }
h4 { color: var(--text); font-weight: bold; font-size: 1.1em; margin: 0.1em 0 0.2em; }
.handling { font-family: "DejaVu Sans", sans-serif; font-weight: bold; color: var(--conflict); text-align: center;
            font-size: 0.85em; letter-spacing: 0.04em; }
.kicker { font-family: "DejaVu Sans", sans-serif; font-weight: bold; color: var(--accent); letter-spacing: 0.08em;
          font-size: 0.8em; border-bottom: 3px solid var(--accent); display: inline-block; padding-bottom: 0.3em; }
.facts, .meta, .caption, .source-meta { font-family: "DejaVu Sans", sans-serif; color: var(--muted); font-size: 0.8em; }
.entry { margin: 1.4em 0; break-inside: avoid-page; }
.time { font-family: "DejaVu Sans", sans-serif; font-weight: bold; color: var(--accent); font-size: 0.85em; margin: 0; }
.number { color: var(--muted); font-weight: normal; margin-right: 0.6em; }
.flag { color: var(--muted); font-weight: normal; }
.conflict { color: var(--conflict); }
.people { font-style: italic; margin: 0.2em 0; }
.description { text-align: justify; }
.notes { font-size: 0.85em; padding-left: 2em; }
.notes blockquote { display: inline; margin: 0; }
.notes li { margin: 0.3em 0; }
.hash { font-family: "DejaVu Sans Mono", monospace; font-size: 0.75em; color: var(--muted); word-break: break-all; }
.index { columns: 2; column-gap: 2em; padding: 0; list-style: none; font-size: 0.9em; }
.index li { break-inside: avoid; margin: 0.15em 0; }
.type { color: var(--muted); }
nav ol { list-style: none; padding-left: 0; } nav ol ol { padding-left: 1.5em; }
svg.timeline { width: 100%; height: auto; font-family: "DejaVu Sans", sans-serif; }
svg .lane { fill: var(--band); } svg .lane-name { font-size: 8px; font-weight: bold; fill: var(--accent); }
svg .grid { stroke: var(--rule); stroke-width: 0.5; } svg .axis { stroke: var(--muted); stroke-width: 0.8; }
svg .tick, svg .label { font-size: 9px; fill: var(--muted); } svg .context { font-size: 9px; fill: var(--text); }
svg .mark { fill: var(--accent); } svg .mark.conflict { fill: var(--conflict); }
a { color: var(--accent); }
@media print { body { max-width: none; margin: 0; } section { break-before: page; } }
)";

} // namespace

QByteArray HtmlReportWriter::write(const ExportContent &content, const ExportOptions &options)
{
    const QString title = ReportWording::reportTitle(options, content);
    const QDateTime generated = ReportWording::generatedAt(options);
    const QString handling = options.handling.simplified();
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<title>%1</title>\n").arg(escaped(title));
    if (!options.analyst.trimmed().isEmpty())
        html += QStringLiteral("<meta name=\"author\" content=\"%1\">\n").arg(escaped(options.analyst.simplified()));
    html += QStringLiteral("<meta name=\"generator\" content=\"Annalist\">\n<style>") + QString::fromUtf16(styleSheet)
        + QStringLiteral("</style>\n</head>\n<body>\n");

    // Title block.
    html += QStringLiteral("<header>\n");
    if (!handling.isEmpty())
        html += QStringLiteral("<p class=\"handling\">%1</p>\n").arg(escaped(handling));
    html += QStringLiteral("<p class=\"kicker\">CHRONOLOGY REPORT</p>\n<h1>%1</h1>\n").arg(escaped(title));
    if (!options.analyst.trimmed().isEmpty())
        html += QStringLiteral("<p>Prepared by %1</p>\n").arg(escaped(options.analyst.simplified()));
    html += QStringLiteral("<p>%1</p>\n").arg(ReportWording::longDate(generated.toUTC().date()));
    html += QStringLiteral("<p class=\"facts\">Project: %1<br>\n%2")
                .arg(escaped(content.projectName), ReportWording::summary(content));
    if (const QString filter = ReportWording::filterDescription(options.filter, content); !filter.isEmpty())
        html += QStringLiteral("<br>\nFiltered to %1").arg(escaped(filter));
    html += QStringLiteral("</p>\n</header>\n");

    const QList<ReportStructure::Group> groups = ReportStructure::groups(content.entries);

    if (options.sections.contents) {
        html += QStringLiteral("<nav>\n<h2>Contents</h2>\n<ol>\n");
        if (options.sections.timeline)
            html += QStringLiteral("<li><a href=\"#timeline\">Timeline</a></li>\n");
        html += QStringLiteral("<li><a href=\"#chronology\">Chronology</a>");
        if (!groups.isEmpty()) {
            html += QStringLiteral("\n<ol>\n");
            for (int g = 0; g < groups.size(); ++g)
                html += QStringLiteral("<li><a href=\"#group-%1\">%2</a></li>\n")
                            .arg(g + 1)
                            .arg(escaped(groups.at(g).title));
            html += QStringLiteral("</ol>\n");
        }
        html += QStringLiteral("</li>\n");
        if (options.sections.sourceAppendix)
            html += QStringLiteral("<li><a href=\"#sources\">Sources</a></li>\n");
        if (options.sections.entityIndex)
            html += QStringLiteral("<li><a href=\"#index\">Index of names</a></li>\n");
        html += QStringLiteral("</ol>\n</nav>\n");
    }

    if (options.sections.timeline) {
        html += QStringLiteral("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
        const QString svg = TimelineFigureSvg::svg(content.entries);
        if (svg.isEmpty()) {
            html
                += QStringLiteral("<p class=\"caption\">No entry has a known time, so there is nothing to draw.</p>\n");
        } else {
            html += QStringLiteral("<figure>\n") + svg
                + QStringLiteral(
                        "\n<figcaption class=\"caption\">Each mark is an entry of the chronology; a diamond is a known "
                        "day or "
                        "moment, a bar spans the time an event may have taken; its ends are soft, and fade out where "
                        "that "
                        "time is approximate, uncertain or open. Red marks have conflicting "
                        "sources.</figcaption>\n</figure>\n");
        }
        html += QStringLiteral("</section>\n");
    }

    html += QStringLiteral("<section id=\"chronology\">\n<h2>Chronology</h2>\n");
    if (content.entries.isEmpty()) {
        html += content.totalEvents == 0
            ? QStringLiteral("<p><em>The project has no events yet.</em></p>\n")
            : QStringLiteral("<p><em>No event of the project passes the chosen filter.</em></p>\n");
    }
    int note = 0;
    int group = 0;
    for (int i = 0; i < content.entries.size(); ++i) {
        if (group < groups.size() && groups.at(group).firstEntry == i) {
            html += QStringLiteral("<h3 id=\"group-%1\">%2</h3>\n").arg(group + 1).arg(escaped(groups.at(group).title));
            ++group;
        }
        const ChronologyEntry &entry = content.entries.at(i);
        const Event &event = entry.event;
        html += QStringLiteral("<article class=\"entry\" id=\"entry-%1\">\n").arg(i + 1);
        html += QStringLiteral("<p class=\"time\"><span class=\"number\">%1</span>%2")
                    .arg(i + 1)
                    .arg(escaped(ReportWording::eventTime(event.time)));
        if (entry.orderUncertain)
            html += QStringLiteral(" <span class=\"flag\">· order uncertain</span>");
        if (entry.hasConflict())
            html += QStringLiteral(" <span class=\"conflict\">· CONFLICT</span>");
        html += QStringLiteral("</p>\n<h4>%1</h4>\n")
                    .arg(escaped(event.title.trimmed().isEmpty() ? QStringLiteral("Untitled event")
                                                                 : event.title.simplified()));
        if (!entry.placeName.isEmpty() || !entry.participantNames.isEmpty()) {
            QStringList parts;
            if (!entry.placeName.isEmpty())
                parts << escaped(entry.placeName);
            if (!entry.participantNames.isEmpty())
                parts << escaped(ReportWording::participants(entry));
            html += QStringLiteral("<p class=\"people\">%1</p>\n").arg(parts.join(QStringLiteral(" — ")));
        }
        for (const QString &paragraph : event.description.split(u'\n', Qt::SkipEmptyParts)) {
            if (!paragraph.trimmed().isEmpty())
                html += QStringLiteral("<p class=\"description\">%1</p>\n").arg(escaped(paragraph.trimmed()));
        }
        if (!event.assessment.trimmed().isEmpty())
            html += QStringLiteral("<p class=\"assessment\"><strong><em>Assessment.</em></strong> %1</p>\n")
                        .arg(escapedLines(event.assessment));
        QStringList meta;
        if (event.credibility > 0)
            meta << QStringLiteral("Credibility ") + ReportWording::credibility(event.credibility);
        meta << ReportWording::corroboration(entry.independentSources);
        if (!event.kind.isEmpty())
            meta << escaped(event.kind);
        if (!event.lane.isEmpty())
            meta << QStringLiteral("lane: ") + escaped(event.lane);
        if (!event.tags.isEmpty())
            meta << QStringLiteral("tags: ") + escaped(event.tags.join(QStringLiteral(", ")));
        html += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(meta.join(QStringLiteral(" · ")));

        QString notes;
        if (entry.evidence.isEmpty()) {
            html += QStringLiteral("<p class=\"meta\">No quoted evidence.</p>\n");
        } else {
            const int firstNote = note + 1;
            html += QStringLiteral("<p class=\"evidence\">");
            const QList<ReportStructure::StanceGroup> stances = ReportStructure::byStance(entry);
            for (int g = 0; g < stances.size(); ++g) {
                html += (g > 0 ? QStringLiteral("; ") : QString()) + stances.at(g).lead + u' ';
                const QList<ReportStructure::Citation> &citations = stances.at(g).citations;
                for (int k = 0; k < citations.size(); ++k) {
                    if (k > 0)
                        html += k == citations.size() - 1 ? QStringLiteral(" and ") : QStringLiteral(", ");
                    html += escaped(citations.at(k).name);
                    QStringList marks;
                    for (const EvidenceItem *cited : citations.at(k).items) {
                        const EvidenceItem &item = *cited;
                        ++note;
                        marks << QStringLiteral("<a href=\"#note-%1\" id=\"ref-%1\">%1</a>").arg(note);
                        const CitedSource *source = content.source(item.evidence.sourceId);
                        notes += QStringLiteral("<li id=\"note-%1\"><blockquote>%2</blockquote> — %3; %4")
                                     .arg(note)
                                     .arg(escaped(ReportWording::quoted(item.evidence.quote)),
                                          escaped(source ? ReportWording::citation(*source) : item.sourceTitle),
                                          ReportWording::stance(item.evidence.stance));
                        if (item.evidence.reported.isKnown())
                            notes += QStringLiteral("; reported ")
                                + escaped(ReportWording::eventTime(item.evidence.reported));
                        notes += u'.';
                        if (!item.evidence.note.trimmed().isEmpty())
                            notes += QStringLiteral(" <em>Note: %1</em>").arg(escaped(item.evidence.note.simplified()));
                        notes += QStringLiteral(" <a href=\"#ref-%1\" aria-label=\"back to the text\">↩</a></li>\n")
                                     .arg(note);
                    }
                    html += QStringLiteral("<sup>") + marks.join(u',') + QStringLiteral("</sup>");
                }
            }
            html += QStringLiteral(".</p>\n");
            notes = QStringLiteral("<ol class=\"notes\" start=\"%1\">\n").arg(firstNote) + notes
                + QStringLiteral("</ol>\n");
        }
        for (const Conflict &conflict : entry.conflicts) {
            html += QStringLiteral("<p><strong class=\"conflict\">Conflict (%1):</strong> %2</p>\n")
                        .arg(ReportWording::conflictKind(conflict.kind), escaped(conflict.description.simplified()));
        }
        if (!entry.comment.trimmed().isEmpty())
            html += QStringLiteral("<p class=\"comment\"><strong>Analyst’s comment.</strong> <em>%1</em></p>\n")
                        .arg(escapedLines(entry.comment));
        html += notes;
        html += QStringLiteral("</article>\n");
    }
    html += QStringLiteral("</section>\n");

    if (options.sections.sourceAppendix) {
        html += QStringLiteral("<section id=\"sources\">\n<h2>Sources</h2>\n");
        QList<const CitedSource *> sorted;
        for (const CitedSource &source : content.sources)
            sorted << &source;
        std::stable_sort(sorted.begin(), sorted.end(), [](const CitedSource *a, const CitedSource *b) {
            const int byTitle = QString::compare(a->title.trimmed().toCaseFolded(), b->title.trimmed().toCaseFolded());
            return byTitle != 0 ? byTitle < 0 : a->id < b->id;
        });
        if (sorted.isEmpty())
            html += QStringLiteral("<p><em>No source is quoted.</em></p>\n");
        const QLocale c = QLocale::c();
        for (const CitedSource *source : sorted) {
            html += QStringLiteral("<div class=\"source\" id=\"source-%1\">\n<h4>%2</h4>\n")
                        .arg(source->id)
                        .arg(escaped(source->title.trimmed().isEmpty() ? QStringLiteral("Untitled source")
                                                                       : source->title.simplified()));
            QStringList first;
            if (!source->outlet.trimmed().isEmpty())
                first << escaped(source->outlet.trimmed());
            if (!source->author.trimmed().isEmpty())
                first << QStringLiteral("by ") + escaped(source->author.trimmed());
            first << escaped(ReportWording::publication(*source));
            first << (source->grade == ReliabilityGrade::Unrated
                          ? QStringLiteral("not graded")
                          : QStringLiteral("grade ") + ReportWording::grade(source->grade));
            if (!source->language.isEmpty())
                first << QStringLiteral("language ") + escaped(source->language);
            QStringList second;
            second << (source->citations == 1 ? QStringLiteral("quoted once")
                                              : QStringLiteral("quoted %1 times").arg(source->citations));
            if (!source->originalName.isEmpty())
                second << QStringLiteral("file ") + escaped(source->originalName)
                        + (source->mediaType.isEmpty() ? QString()
                                                       : QStringLiteral(" (%1)").arg(escaped(source->mediaType)));
            if (source->importedAt.isValid())
                second << QStringLiteral("imported ")
                        + c.toString(source->importedAt.toUTC().date(), QStringLiteral("d MMM yyyy"));
            html += QStringLiteral("<p class=\"source-meta\">%1<br>\n%2")
                        .arg(first.join(QStringLiteral(" · ")), second.join(QStringLiteral(" · ")));
            if (!source->url.isEmpty()) {
                // Only web and mail addresses become links; anything else stays text.
                const QString target = LinkableUrl::target(source->url);
                html += QStringLiteral("<br>\n%1")
                            .arg(target.isEmpty() ? escaped(source->url)
                                                  : QStringLiteral("<a href=\"%1\">%2</a>")
                                                        .arg(escaped(target), escaped(source->url)));
            }
            if (!source->inferredBecause.isEmpty())
                html += QStringLiteral("<br>\nDated by its titles: it %1")
                            .arg(escaped(source->inferredBecause.join(QStringLiteral("; it "))));
            html += QStringLiteral("</p>\n<p class=\"hash\">SHA-256 %1</p>\n</div>\n")
                        .arg(source->sha256.isEmpty() ? QStringLiteral("unknown") : ReportWording::sha256(*source));
        }
        html += QStringLiteral("</section>\n");
    }

    if (options.sections.entityIndex) {
        html += QStringLiteral("<section id=\"index\">\n<h2>Index of names</h2>\n");
        const QList<ReportStructure::IndexLine> lines = ReportStructure::index(content);
        if (lines.isEmpty()) {
            html += QStringLiteral("<p><em>The exported entries name no person, organisation or place.</em></p>\n");
        } else {
            html += QStringLiteral("<ul class=\"index\">\n");
            for (const ReportStructure::IndexLine &line : lines) {
                QStringList links;
                for (int number : line.entries)
                    links << QStringLiteral("<a href=\"#entry-%1\">%1</a>").arg(number);
                html += QStringLiteral("<li>%1").arg(escaped(line.name));
                if (!line.typeName.isEmpty())
                    html += QStringLiteral(" <span class=\"type\">(%1)</span>").arg(escaped(line.typeName.toLower()));
                html += QStringLiteral(" %1</li>\n").arg(links.join(QStringLiteral(", ")));
            }
            html += QStringLiteral("</ul>\n");
        }
        html += QStringLiteral("</section>\n");
    }

    html += QStringLiteral("<footer class=\"facts\">\n");
    if (!handling.isEmpty())
        html += QStringLiteral("<p class=\"handling\">%1</p>\n").arg(escaped(handling));
    html += QStringLiteral("<p>%1 — made with Annalist on %2.</p>\n</footer>\n</body>\n</html>\n")
                .arg(escaped(title), ReportWording::longDate(generated.toUTC().date()));
    return html.toUtf8();
}

} // namespace annalist
