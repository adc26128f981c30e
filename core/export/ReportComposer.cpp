// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportComposer.h"

#include "ExportContent.h"
#include "ExportOptions.h"
#include "ReportLinkChart.h"
#include "ReportParagraphBuilder.h"
#include "ReportStructure.h"
#include "ReportWording.h"
#include "TimelineFigurePainter.h"

#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>

namespace annalist {

namespace {

constexpr double laneLabelPoints = 96;
constexpr double axisPoints = 30;

// "A", "A and B", "A, B and C" — for runs that carry their own footnote marks, the
// separators are added between calls.
QString separatorBefore(int index, int count)
{
    if (index == 0)
        return {};
    return index == count - 1 ? QStringLiteral(" and ") : QStringLiteral(", ");
}

QString sortKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace

ReportComposer::ReportComposer(const ExportContent &content, const ExportOptions &options, const ReportStyle &style)
    : m_content(content)
    , m_options(options)
    , m_style(style)
{ }

ReportComposer::~ReportComposer() = default;

double ReportComposer::figureLaneLabelWidth() const
{
    // No column for lane names where no lane has one: it would stand empty.
    return TimelineFigureLayout::namesLanes(m_content.entries) ? ReportStyle::point(laneLabelPoints) : 0;
}

double ReportComposer::figureAxisHeight() const
{
    return ReportStyle::point(axisPoints);
}

ReportFlow ReportComposer::compose()
{
    ReportFlow flow;
    flow.titlePage = m_options.sections.titlePage;
    const QList<ReportStructure::Group> chronologyGroups = ReportStructure::groups(m_content.entries);
    if (m_options.sections.contents)
        addContents(flow, chronologyGroups);
    if (m_options.sections.timeline)
        addTimeline(flow);
    if (m_options.sections.linkChart && m_content.linkChart)
        addLinkChart(flow);
    addChronology(flow, chronologyGroups);
    if (m_options.sections.sourceAppendix)
        addSources(flow);
    return flow;
}

ReportParagraph ReportComposer::heading(const QString &title, const QString &anchor) const
{
    ReportParagraphBuilder builder(ReportStyle::Kind::SectionHeading);
    builder.text(title);
    ReportParagraph paragraph = builder.take();
    paragraph.anchor = anchor;
    paragraph.runningHead = title;
    return paragraph;
}

void ReportComposer::addContents(ReportFlow &flow, const QList<ReportStructure::Group> &chronologyGroups) const
{
    flow.items.append(ReportPageBreak {});
    flow.items.append(heading(QStringLiteral("Contents"), contentsAnchor()));
    const auto line = [&flow](ReportStyle::Kind kind, const QString &title, const QString &target) {
        ReportParagraphBuilder builder(kind);
        builder.text(title);
        ReportParagraph paragraph = builder.take();
        paragraph.contentsTarget = target;
        flow.items.append(std::move(paragraph));
    };
    if (m_options.sections.timeline)
        line(ReportStyle::Kind::ContentsLine, QStringLiteral("Timeline"), timelineAnchor());
    if (m_options.sections.linkChart && m_content.linkChart)
        line(ReportStyle::Kind::ContentsLine, QStringLiteral("Link chart"), linkChartAnchor());
    line(ReportStyle::Kind::ContentsLine, QStringLiteral("Chronology"), chronologyAnchor());
    for (int g = 0; g < chronologyGroups.size(); ++g)
        line(ReportStyle::Kind::ContentsSubLine, chronologyGroups.at(g).title, groupAnchor(g));
    if (m_options.sections.sourceAppendix)
        line(ReportStyle::Kind::ContentsLine, QStringLiteral("Sources"), sourcesAnchor());
    if (m_options.sections.entityIndex)
        line(ReportStyle::Kind::ContentsLine, QStringLiteral("Index of names"), indexAnchor());
}

void ReportComposer::addTimeline(ReportFlow &flow)
{
    flow.items.append(ReportPageBreak {});
    flow.items.append(heading(QStringLiteral("Timeline"), timelineAnchor()));

    const QRectF text = m_style.textRect();
    const double plotWidth = text.width() - figureLaneLabelWidth();
    const QFontMetricsF labels(m_style.sans(6.5));
    m_figure = std::make_unique<TimelineFigureLayout>(
        m_content.entries, plotWidth, [&labels](const QString &label) { return labels.horizontalAdvance(label); },
        TimelineFigurePainter::pointWidth());

    ReportParagraphBuilder caption(ReportStyle::Kind::Caption);
    if (m_figure->isEmpty()) {
        caption.text(QStringLiteral("No entry has a known time, so there is nothing to draw."));
        flow.items.append(caption.take());
        m_figure.reset();
        return;
    }
    // The figure takes what the page leaves beside heading and caption, rows at most
    // fourteen points high.
    const ParagraphStyle &headingStyle = m_style.paragraph(ReportStyle::Kind::SectionHeading);
    const double room = text.height() - headingStyle.leading - headingStyle.spaceAfter - ReportStyle::point(80);
    const double rowRoom = room - figureAxisHeight();
    m_figureRowHeight
        = std::clamp(rowRoom / std::max(1, m_figure->rowCount()), ReportStyle::point(4), ReportStyle::point(20));
    const double height = std::min(room, m_figureRowHeight * m_figure->rowCount() + figureAxisHeight());
    flow.items.append(ReportFigure { timelineFigureId, height });

    QString words = m_figure->labels() != TimelineFigureLayout::Labels::None
        ? QStringLiteral("Each mark is an entry of the chronology, numbered as there. ")
        : QStringLiteral("Each mark is an entry of the chronology. ");
    words += QStringLiteral(
        "A diamond is a known day or moment; a bar spans the time an event may have taken; its ends are soft, "
        "and fade out where that time is approximate, uncertain or open. Red marks have conflicting sources.");
    if (m_figure->rowCount() * m_figureRowHeight + figureAxisHeight() > room + 0.5)
        words += QStringLiteral(" Some lanes do not fit on the page and are left out of the figure.");
    if (const int undated = m_figure->undatedCount(); undated > 0)
        words += undated == 1 ? QStringLiteral(" One undated entry is not shown.")
                              : QStringLiteral(" %1 undated entries are not shown.").arg(undated);
    caption.text(words);
    flow.items.append(caption.take());
}

void ReportComposer::addLinkChart(ReportFlow &flow) const
{
    flow.items.append(ReportPageBreak {});
    flow.items.append(heading(QStringLiteral("Link chart"), linkChartAnchor()));
    ReportParagraphBuilder caption(ReportStyle::Kind::Caption);
    const ReportLinkChart &chart = *m_content.linkChart;
    if (chart.isEmpty()) {
        caption.text(QStringLiteral("No exported entry links two entities, so there is nothing to draw."));
        flow.items.append(caption.take());
        return;
    }
    const QRectF text = m_style.textRect();
    const ParagraphStyle &headingStyle = m_style.paragraph(ReportStyle::Kind::SectionHeading);
    const double room = text.height() - headingStyle.leading - headingStyle.spaceAfter - ReportStyle::point(80);
    flow.items.append(
        ReportFigure { linkChartFigureId, std::min(room, chart.heightFor(text.width(), ReportStyle::point(1))) });
    caption.text(QStringLiteral("The people, organisations and places of the exported entries (%1 nodes, %2 links). "
                                "Two are linked when they take part in one event, when one took part where the event "
                                "took place, or when a person held a title at an organisation. A line is as wide as "
                                "the sources behind it are many, and dashed when a source contradicts it or its "
                                "events are doubtful.")
                     .arg(chart.nodeCount())
                     .arg(chart.linkCount()));
    flow.items.append(caption.take());
}

void ReportComposer::addChronology(ReportFlow &flow, const QList<ReportStructure::Group> &chronologyGroups) const
{
    flow.items.append(ReportPageBreak {});
    flow.items.append(heading(QStringLiteral("Chronology"), chronologyAnchor()));
    if (m_content.entries.isEmpty()) {
        ReportParagraphBuilder empty(ReportStyle::Kind::Body);
        empty.italic(m_content.totalEvents == 0 ? QStringLiteral("The project has no events yet.")
                                                : QStringLiteral("No event of the project passes the chosen filter."));
        flow.items.append(empty.take());
        return;
    }
    int footnoteNumber = 0;
    int group = 0;
    for (int i = 0; i < m_content.entries.size(); ++i) {
        if (group < chronologyGroups.size() && chronologyGroups.at(group).firstEntry == i) {
            ReportParagraphBuilder builder(ReportStyle::Kind::GroupHeading);
            builder.text(chronologyGroups.at(group).title);
            ReportParagraph paragraph = builder.take();
            paragraph.anchor = groupAnchor(group);
            paragraph.runningHead = QStringLiteral("Chronology — ") + chronologyGroups.at(group).title;
            flow.items.append(std::move(paragraph));
            ++group;
        }
        addEntry(flow, i + 1, i, &footnoteNumber);
    }
}

void ReportComposer::addEntry(ReportFlow &flow, int number, int entryIndex, int *footnoteNumber) const
{
    const ChronologyEntry &entry = m_content.entries.at(entryIndex);
    const Event &event = entry.event;

    ReportParagraphBuilder time(ReportStyle::Kind::EntryTime);
    time.text(ReportWording::eventTime(event.time));
    if (entry.orderUncertain)
        time.colored(QStringLiteral("  ·  order uncertain"), m_style.mutedColor());
    if (entry.hasConflict())
        time.colored(QStringLiteral("  ·  CONFLICT"), m_style.conflictColor(), true);
    ReportParagraph timeParagraph = time.take();
    timeParagraph.label = QString::number(number);
    timeParagraph.anchor = QStringLiteral("entry-%1").arg(number);
    flow.items.append(std::move(timeParagraph));

    ReportParagraphBuilder title(ReportStyle::Kind::EntryTitle);
    title.text(event.title.trimmed().isEmpty() ? QStringLiteral("Untitled event") : event.title.simplified());
    flow.items.append(title.take());

    if (!entry.placeName.isEmpty() || !entry.participantNames.isEmpty()) {
        ReportParagraphBuilder people(ReportStyle::Kind::EntryPeople);
        if (!entry.placeName.isEmpty()) {
            people.text(entry.placeName);
            if (!entry.participantNames.isEmpty())
                people.text(QStringLiteral(" — "));
        }
        people.text(ReportWording::participants(entry));
        ReportParagraph paragraph = people.take();
        if (event.placeEntityId != 0)
            paragraph.entities << event.placeEntityId;
        for (const EventParticipant &participant : event.participants)
            paragraph.entities << participant.entityId;
        flow.items.append(std::move(paragraph));
    }

    for (const QString &text : event.description.split(u'\n', Qt::SkipEmptyParts)) {
        if (text.trimmed().isEmpty())
            continue;
        ReportParagraphBuilder description(ReportStyle::Kind::Body);
        description.text(text.trimmed());
        flow.items.append(description.take());
    }
    if (!event.assessment.trimmed().isEmpty()) {
        ReportParagraphBuilder assessment(ReportStyle::Kind::EntryNote);
        QTextCharFormat runIn;
        runIn.setFontWeight(QFont::Bold);
        runIn.setFontItalic(true);
        assessment.formatted(QStringLiteral("Assessment. "), runIn).text(event.assessment.simplified());
        flow.items.append(assessment.take());
    }

    QStringList meta;
    if (event.credibility > 0)
        meta << QStringLiteral("Credibility ") + ReportWording::credibility(event.credibility);
    meta << ReportWording::corroboration(entry.independentSources);
    if (!event.kind.isEmpty())
        meta << event.kind;
    if (!event.lane.isEmpty())
        meta << QStringLiteral("lane: ") + event.lane;
    if (!event.tags.isEmpty())
        meta << QStringLiteral("tags: ") + event.tags.join(QStringLiteral(", "));
    ReportParagraphBuilder metaLine(ReportStyle::Kind::EntryMeta);
    metaLine.text(meta.join(QStringLiteral("  ·  ")));
    flow.items.append(metaLine.take());

    ReportParagraphBuilder sources(ReportStyle::Kind::EntryNote);
    if (entry.evidence.isEmpty()) {
        sources.colored(QStringLiteral("No quoted evidence."), m_style.mutedColor());
    } else {
        const QList<ReportStructure::StanceGroup> groups = ReportStructure::byStance(entry);
        for (int g = 0; g < groups.size(); ++g) {
            const ReportStructure::StanceGroup &group = groups.at(g);
            sources.text((g > 0 ? QStringLiteral("; ") : QString()) + group.lead + u' ');
            for (int i = 0; i < group.citations.size(); ++i) {
                const ReportStructure::Citation &citation = group.citations.at(i);
                sources.text(separatorBefore(i, static_cast<int>(group.citations.size())) + citation.name);
                for (int k = 0; k < citation.items.size(); ++k) {
                    if (k > 0)
                        sources.superscript(QStringLiteral(","));
                    sources.footnoteMark(static_cast<int>(flow.footnotes.size()), ++*footnoteNumber);
                    flow.footnotes.append(footnote(*citation.items.at(k), *footnoteNumber));
                }
            }
        }
        sources.text(QStringLiteral("."));
    }
    flow.items.append(sources.take());

    for (const Conflict &conflict : entry.conflicts) {
        ReportParagraphBuilder line(ReportStyle::Kind::EntryNote);
        line.colored(QStringLiteral("Conflict (%1): ").arg(ReportWording::conflictKind(conflict.kind)),
                     m_style.conflictColor(), true);
        line.text(conflict.description.simplified());
        flow.items.append(line.take());
    }
    if (!entry.comment.trimmed().isEmpty()) {
        ReportParagraphBuilder comment(ReportStyle::Kind::EntryNote);
        comment.bold(QStringLiteral("Analyst’s comment. ")).italic(entry.comment.simplified());
        flow.items.append(comment.take());
    }
}

ReportParagraph ReportComposer::footnote(const EvidenceItem &item, int number) const
{
    ReportParagraphBuilder note(ReportStyle::Kind::Footnote);
    note.text(ReportWording::quoted(item.evidence.quote) + QStringLiteral(" — "));
    const CitedSource *source = m_content.source(item.evidence.sourceId);
    note.text(source ? ReportWording::citation(*source) : item.sourceTitle);
    note.text(QStringLiteral("; ") + ReportWording::stance(item.evidence.stance));
    if (item.evidence.reported.isKnown())
        note.text(QStringLiteral("; reported ") + ReportWording::eventTime(item.evidence.reported));
    note.text(QStringLiteral("."));
    if (!item.evidence.note.trimmed().isEmpty())
        note.text(QStringLiteral(" ")).italic(QStringLiteral("Note: ") + item.evidence.note.simplified());
    ReportParagraph paragraph = note.take();
    paragraph.label = QString::number(number);
    paragraph.entities << item.claimedPlaces << item.claimedPeople;
    return paragraph;
}

void ReportComposer::addSources(ReportFlow &flow) const
{
    flow.items.append(ReportPageBreak {});
    flow.items.append(heading(QStringLiteral("Sources"), sourcesAnchor()));
    ReportParagraphBuilder intro(ReportStyle::Kind::Body);
    if (m_content.sources.isEmpty()) {
        intro.italic(QStringLiteral("No source is quoted."));
        flow.items.append(intro.take());
        return;
    }
    intro.text(m_content.sources.size() == 1
                   ? QStringLiteral("The source quoted in this report")
                   : QStringLiteral("The %1 sources quoted in this report, by title,").arg(m_content.sources.size()));
    intro.text(QStringLiteral(
        " with the SHA-256 digest of each original file, by which a copy can be checked to be the one quoted."));
    flow.items.append(intro.take());

    QList<const CitedSource *> sorted;
    for (const CitedSource &source : m_content.sources)
        sorted << &source;
    std::stable_sort(sorted.begin(), sorted.end(), [](const CitedSource *a, const CitedSource *b) {
        const int byTitle = QString::compare(sortKey(a->title), sortKey(b->title));
        return byTitle != 0 ? byTitle < 0 : a->id < b->id;
    });
    const QLocale c = QLocale::c();
    for (const CitedSource *source : sorted) {
        ReportParagraphBuilder title(ReportStyle::Kind::SourceTitle);
        title.text(source->title.trimmed().isEmpty() ? QStringLiteral("Untitled source") : source->title.simplified());
        ReportParagraph titleParagraph = title.take();
        titleParagraph.anchor = QStringLiteral("source-%1").arg(source->id);
        flow.items.append(std::move(titleParagraph));

        QStringList first;
        if (!source->outlet.trimmed().isEmpty())
            first << source->outlet.trimmed();
        if (!source->author.trimmed().isEmpty())
            first << QStringLiteral("by ") + source->author.trimmed();
        first << ReportWording::publication(*source);
        first << (source->grade == ReliabilityGrade::Unrated
                      ? QStringLiteral("not graded")
                      : QStringLiteral("grade ") + ReportWording::grade(source->grade));
        if (!source->language.isEmpty())
            first << QStringLiteral("language ") + source->language;
        QStringList lines { first.join(QStringLiteral("  ·  ")) };
        QStringList second;
        second << (source->citations == 1 ? QStringLiteral("quoted once")
                                          : QStringLiteral("quoted %1 times").arg(source->citations));
        if (!source->originalName.isEmpty()) {
            second << QStringLiteral("file %1%2")
                          .arg(source->originalName,
                               source->mediaType.isEmpty() ? QString()
                                                           : QStringLiteral(" (%1)").arg(source->mediaType));
        }
        if (source->importedAt.isValid())
            second << QStringLiteral("imported ")
                    + c.toString(source->importedAt.toUTC().date(), QStringLiteral("d MMM yyyy"));
        lines << second.join(QStringLiteral("  ·  "));
        if (!source->url.isEmpty())
            lines << source->url;
        if (!source->inferredBecause.isEmpty())
            lines << QStringLiteral("Dated by its titles: it ") + source->inferredBecause.join(QStringLiteral("; it "));
        for (const QString &text : lines) {
            ReportParagraphBuilder meta(ReportStyle::Kind::SourceMeta);
            meta.text(text);
            flow.items.append(meta.take());
        }
        ReportParagraphBuilder hash(ReportStyle::Kind::SourceHash);
        hash.text(QStringLiteral("SHA-256 ")
                  + (source->sha256.isEmpty() ? QStringLiteral("unknown") : ReportWording::sha256(*source)));
        flow.items.append(hash.take());
    }
}

QString ReportComposer::pageList(QList<int> pages)
{
    std::sort(pages.begin(), pages.end());
    pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
    QStringList parts;
    for (qsizetype i = 0; i < pages.size();) {
        qsizetype j = i;
        while (j + 1 < pages.size() && pages.at(j + 1) == pages.at(j) + 1)
            ++j;
        if (j == i)
            parts << QString::number(pages.at(i));
        else
            parts << QStringLiteral("%1–%2").arg(pages.at(i)).arg(pages.at(j));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QList<ReportParagraph> ReportComposer::indexParagraphs(const QHash<qint64, QList<int>> &pagesByEntity) const
{
    struct Item
    {
        QString key;
        qint64 id = 0;
    };
    QList<Item> items;
    for (auto it = pagesByEntity.cbegin(); it != pagesByEntity.cend(); ++it) {
        const QString name = m_content.entityName(it.key());
        if (!name.trimmed().isEmpty())
            items.append(Item { sortKey(name), it.key() });
    }
    std::sort(items.begin(), items.end(),
              [](const Item &a, const Item &b) { return a.key != b.key ? a.key < b.key : a.id < b.id; });

    QList<ReportParagraph> paragraphs;
    ReportParagraph head = heading(QStringLiteral("Index of names"), indexAnchor());
    paragraphs.append(head);
    if (items.isEmpty()) {
        ReportParagraphBuilder none(ReportStyle::Kind::Body);
        none.italic(QStringLiteral("The exported entries name no person, organisation or place."));
        paragraphs.append(none.take());
        return paragraphs;
    }
    QString letter;
    for (const Item &item : items) {
        const QString name = m_content.entityName(item.id).simplified();
        const QString first = name.left(1).toUpper();
        const QString itemLetter = first.at(0).isLetter() ? first : QStringLiteral("#");
        if (itemLetter != letter) {
            letter = itemLetter;
            ReportParagraphBuilder letterLine(ReportStyle::Kind::IndexLetter);
            letterLine.text(letter);
            paragraphs.append(letterLine.take());
        }
        ReportParagraphBuilder line(ReportStyle::Kind::IndexLine);
        line.text(name);
        const QString type = m_content.entityType(item.id);
        if (!type.isEmpty())
            line.colored(QStringLiteral(" (%1)").arg(type.toLower()), m_style.mutedColor());
        line.text(QStringLiteral("  ") + pageList(pagesByEntity.value(item.id)));
        paragraphs.append(line.take());
    }
    return paragraphs;
}

} // namespace annalist
