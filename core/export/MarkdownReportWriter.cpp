// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MarkdownReportWriter.h"

#include "LinkableUrl.h"

#include "ExportContent.h"
#include "ExportOptions.h"
#include "ReportStructure.h"
#include "ReportWording.h"

#include <QLocale>

#include <algorithm>

namespace annalist {

QString MarkdownReportWriter::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c == u'\\' || c == u'`' || c == u'*' || c == u'_' || c == u'[' || c == u']' || c == u'<' || c == u'>'
            || c == u'|' || c == u'#')
            out += u'\\';
        out += c;
    }
    // What starts a list or a setext heading, only at the start of a line: "- ", "+ ",
    // "=", and "2025. " or "3) " (escaped at the punctuation: digits cannot be).
    qsizetype lineStart = 0;
    while (lineStart <= out.size()) {
        qsizetype i = lineStart;
        while (i < out.size() && (out.at(i) == u' ' || out.at(i) == u'\t'))
            ++i;
        if (i < out.size()) {
            const QChar first = out.at(i);
            if (first == u'-' || first == u'+' || first == u'=') {
                out.insert(i, u'\\');
            } else if (first.isDigit()) {
                qsizetype j = i;
                while (j < out.size() && out.at(j).isDigit())
                    ++j;
                if (j < out.size() && (out.at(j) == u'.' || out.at(j) == u')'))
                    out.insert(j, u'\\');
            }
        }
        const qsizetype next = out.indexOf(u'\n', lineStart);
        if (next < 0)
            break;
        lineStart = next + 1;
    }
    return out;
}

namespace {

// One line of Markdown text: line breaks inside become spaces.
QString inlineText(const QString &text)
{
    return MarkdownReportWriter::escaped(text.simplified());
}

} // namespace

QByteArray MarkdownReportWriter::write(const ExportContent &content, const ExportOptions &options)
{
    const QString title = ReportWording::reportTitle(options, content);
    const QString handling = options.handling.simplified();
    const QDateTime generated = ReportWording::generatedAt(options);
    QString md;
    if (!handling.isEmpty())
        md += QStringLiteral("**%1**\n\n").arg(inlineText(handling));
    md += QStringLiteral("# %1\n\n").arg(inlineText(title));
    QStringList byline { QStringLiteral("Chronology report") };
    if (!options.analyst.trimmed().isEmpty())
        byline << QStringLiteral("prepared by ") + inlineText(options.analyst);
    byline << ReportWording::longDate(generated.toUTC().date());
    md += byline.join(QStringLiteral(", ")) + QStringLiteral("\n\n");
    md += QStringLiteral("Project: %1. %2.").arg(inlineText(content.projectName), ReportWording::summary(content));
    if (const QString filter = ReportWording::filterDescription(options.filter, content); !filter.isEmpty())
        md += QStringLiteral(" Filtered to %1.").arg(inlineText(filter));
    md += QStringLiteral("\n\n");

    const QList<ReportStructure::Group> groups = ReportStructure::groups(content.entries);
    if (options.sections.contents) {
        md += QStringLiteral("## Contents\n\n- Chronology\n");
        for (const ReportStructure::Group &group : groups)
            md += QStringLiteral("  - %1\n").arg(inlineText(group.title));
        if (options.sections.sourceAppendix)
            md += QStringLiteral("- Sources\n");
        if (options.sections.entityIndex)
            md += QStringLiteral("- Index of names\n");
        md += u'\n';
    }

    md += QStringLiteral("## Chronology\n\n");
    if (content.entries.isEmpty()) {
        md += content.totalEvents == 0 ? QStringLiteral("*The project has no events yet.*\n\n")
                                       : QStringLiteral("*No event of the project passes the chosen filter.*\n\n");
    }
    int note = 0;
    int group = 0;
    for (int i = 0; i < content.entries.size(); ++i) {
        if (group < groups.size() && groups.at(group).firstEntry == i)
            md += QStringLiteral("### %1\n\n").arg(inlineText(groups.at(group++).title));
        const ChronologyEntry &entry = content.entries.at(i);
        const Event &event = entry.event;
        md += QStringLiteral("#### %1. %2\n\n")
                  .arg(i + 1)
                  .arg(inlineText(event.title.trimmed().isEmpty() ? QStringLiteral("Untitled event") : event.title));
        QString time = QStringLiteral("**%1**").arg(inlineText(ReportWording::eventTime(event.time)));
        if (entry.orderUncertain)
            time += QStringLiteral(" · order uncertain");
        if (entry.hasConflict())
            time += QStringLiteral(" · **CONFLICT**");
        md += time + QStringLiteral("\n\n");
        if (!entry.placeName.isEmpty() || !entry.participantNames.isEmpty()) {
            QStringList parts;
            if (!entry.placeName.isEmpty())
                parts << inlineText(entry.placeName);
            if (!entry.participantNames.isEmpty())
                parts << inlineText(ReportWording::participants(entry));
            md += QStringLiteral("*%1*\n\n").arg(parts.join(QStringLiteral(" — ")));
        }
        for (const QString &paragraph : event.description.split(u'\n', Qt::SkipEmptyParts)) {
            if (!paragraph.trimmed().isEmpty())
                md += inlineText(paragraph) + QStringLiteral("\n\n");
        }
        if (!event.assessment.trimmed().isEmpty())
            md += QStringLiteral("***Assessment.*** %1\n\n").arg(inlineText(event.assessment));
        QStringList meta;
        if (event.credibility > 0)
            meta << QStringLiteral("Credibility ") + ReportWording::credibility(event.credibility);
        meta << ReportWording::corroboration(entry.independentSources);
        if (!event.kind.isEmpty())
            meta << inlineText(event.kind);
        if (!event.lane.isEmpty())
            meta << QStringLiteral("lane: ") + inlineText(event.lane);
        if (!event.tags.isEmpty())
            meta << QStringLiteral("tags: ") + inlineText(event.tags.join(QStringLiteral(", ")));
        md += meta.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");

        QString notes;
        if (entry.evidence.isEmpty()) {
            md += QStringLiteral("*No quoted evidence.*\n\n");
        } else {
            const QList<ReportStructure::StanceGroup> stances = ReportStructure::byStance(entry);
            for (int g = 0; g < stances.size(); ++g) {
                md += (g > 0 ? QStringLiteral("; ") : QString()) + stances.at(g).lead + u' ';
                const QList<ReportStructure::Citation> &citations = stances.at(g).citations;
                for (int k = 0; k < citations.size(); ++k) {
                    if (k > 0)
                        md += k == citations.size() - 1 ? QStringLiteral(" and ") : QStringLiteral(", ");
                    md += inlineText(citations.at(k).name);
                    for (const EvidenceItem *cited : citations.at(k).items) {
                        const EvidenceItem &item = *cited;
                        ++note;
                        md += QStringLiteral("[^%1]").arg(note);
                        const CitedSource *source = content.source(item.evidence.sourceId);
                        notes += QStringLiteral("[^%1]: %2 — %3; %4")
                                     .arg(note)
                                     .arg(inlineText(ReportWording::quoted(item.evidence.quote)),
                                          inlineText(source ? ReportWording::citation(*source) : item.sourceTitle),
                                          ReportWording::stance(item.evidence.stance));
                        if (item.evidence.reported.isKnown())
                            notes += QStringLiteral("; reported ")
                                + inlineText(ReportWording::eventTime(item.evidence.reported));
                        notes += u'.';
                        if (!item.evidence.note.trimmed().isEmpty())
                            notes += QStringLiteral(" *Note: %1*").arg(inlineText(item.evidence.note));
                        notes += u'\n';
                    }
                }
            }
            md += QStringLiteral(".\n\n");
        }
        for (const Conflict &conflict : entry.conflicts) {
            md += QStringLiteral("**Conflict (%1):** %2\n\n")
                      .arg(ReportWording::conflictKind(conflict.kind), inlineText(conflict.description));
        }
        if (!entry.comment.trimmed().isEmpty())
            md += QStringLiteral("**Analyst’s comment.** *%1*\n\n").arg(inlineText(entry.comment));
        if (!notes.isEmpty())
            md += notes + u'\n';
    }

    if (options.sections.sourceAppendix) {
        md += QStringLiteral("## Sources\n\n");
        QList<const CitedSource *> sorted;
        for (const CitedSource &source : content.sources)
            sorted << &source;
        std::stable_sort(sorted.begin(), sorted.end(), [](const CitedSource *a, const CitedSource *b) {
            const int byTitle = QString::compare(a->title.trimmed().toCaseFolded(), b->title.trimmed().toCaseFolded());
            return byTitle != 0 ? byTitle < 0 : a->id < b->id;
        });
        if (sorted.isEmpty())
            md += QStringLiteral("*No source is quoted.*\n\n");
        const QLocale c = QLocale::c();
        for (const CitedSource *source : sorted) {
            md += QStringLiteral("- **%1**  \n")
                      .arg(inlineText(source->title.trimmed().isEmpty() ? QStringLiteral("Untitled source")
                                                                        : source->title));
            QStringList first;
            if (!source->outlet.trimmed().isEmpty())
                first << inlineText(source->outlet);
            if (!source->author.trimmed().isEmpty())
                first << QStringLiteral("by ") + inlineText(source->author);
            first << inlineText(ReportWording::publication(*source));
            first << (source->grade == ReliabilityGrade::Unrated
                          ? QStringLiteral("not graded")
                          : QStringLiteral("grade ") + ReportWording::grade(source->grade));
            if (!source->language.isEmpty())
                first << QStringLiteral("language ") + inlineText(source->language);
            md += QStringLiteral("  %1  \n").arg(first.join(QStringLiteral(" · ")));
            QStringList second;
            second << (source->citations == 1 ? QStringLiteral("quoted once")
                                              : QStringLiteral("quoted %1 times").arg(source->citations));
            if (!source->originalName.isEmpty())
                second << QStringLiteral("file ") + inlineText(source->originalName)
                        + (source->mediaType.isEmpty() ? QString()
                                                       : QStringLiteral(" (%1)").arg(inlineText(source->mediaType)));
            if (source->importedAt.isValid())
                second << QStringLiteral("imported ")
                        + c.toString(source->importedAt.toUTC().date(), QStringLiteral("d MMM yyyy"));
            md += QStringLiteral("  %1  \n").arg(second.join(QStringLiteral(" · ")));
            if (!source->url.isEmpty()) {
                // Only web and mail addresses become links; anything else stays text.
                const QString target = LinkableUrl::target(source->url);
                md += QStringLiteral("  %1  \n")
                          .arg(target.isEmpty() ? inlineText(source->url) : QStringLiteral("<%1>").arg(target));
            }
            if (!source->inferredBecause.isEmpty())
                md += QStringLiteral("  Dated by its titles: it %1  \n")
                          .arg(inlineText(source->inferredBecause.join(QStringLiteral("; it "))));
            md += QStringLiteral("  SHA-256 `%1`\n")
                      .arg(source->sha256.isEmpty() ? QStringLiteral("unknown") : ReportWording::sha256(*source));
        }
        md += u'\n';
    }

    if (options.sections.entityIndex) {
        md += QStringLiteral("## Index of names\n\n");
        const QList<ReportStructure::IndexLine> lines = ReportStructure::index(content);
        if (lines.isEmpty())
            md += QStringLiteral("*The exported entries name no person, organisation or place.*\n\n");
        for (const ReportStructure::IndexLine &line : lines) {
            QStringList numbers;
            for (int number : line.entries)
                numbers << QString::number(number);
            md += QStringLiteral("- %1%2: %3\n")
                      .arg(inlineText(line.name),
                           line.typeName.isEmpty() ? QString()
                                                   : QStringLiteral(" (%1)").arg(inlineText(line.typeName.toLower())),
                           numbers.join(QStringLiteral(", ")));
        }
        if (!lines.isEmpty())
            md += u'\n';
    }
    if (!handling.isEmpty())
        md += QStringLiteral("**%1**\n").arg(inlineText(handling));
    return md.toUtf8();
}

} // namespace annalist
