// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OdtReportWriter.h"

#include "LinkableUrl.h"

#include "ExportContent.h"
#include "ExportOptions.h"
#include "ReportStructure.h"
#include "ReportStyle.h"
#include "ReportWording.h"
#include "TimelineFigureLayout.h"
#include "TimelineFigurePainter.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextList>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace annalist {

namespace {

class DocumentBuilder final
{
public:
    explicit DocumentBuilder(QTextDocument &document)
        : m_cursor(&document)
    {
        QFont font(ReportStyle::serifFamily());
        font.setPointSizeF(10.5);
        document.setDefaultFont(font);
        m_first = true;
    }

    void heading(const QString &text, int level)
    {
        QTextBlockFormat block;
        block.setHeadingLevel(level);
        block.setTopMargin(level == 1 ? 18 : 12);
        block.setBottomMargin(6);
        if (level == 1 && !m_first)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat chars;
        chars.setFontPointSize(level == 1 ? 20 : level == 2 ? 13 : 11.5);
        chars.setFontWeight(level == 1 ? QFont::Normal : QFont::Bold);
        chars.setForeground(QColor(0x1f, 0x3a, 0x5f));
        if (level == 2)
            chars.setFontFamilies({ ReportStyle::sansFamily() });
        newBlock(block, chars);
        m_cursor.insertText(text, chars);
    }

    // A paragraph to fill with runs.
    void paragraph(double pointSize = 10.5, double indent = 0, Qt::Alignment alignment = Qt::AlignLeft)
    {
        QTextBlockFormat block;
        block.setBottomMargin(4);
        block.setLeftMargin(indent);
        block.setAlignment(alignment);
        QTextCharFormat chars;
        chars.setFontPointSize(pointSize);
        newBlock(block, chars);
        m_pointSize = pointSize;
    }

    void run(const QString &text, bool bold = false, bool italic = false, const QColor &color = {}, bool sans = false,
             const QString &linkTarget = {})
    {
        QTextCharFormat chars;
        if (!linkTarget.isEmpty()) {
            chars.setAnchor(true);
            chars.setAnchorHref(linkTarget);
        }
        chars.setFontPointSize(m_pointSize);
        chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        chars.setFontItalic(italic);
        if (color.isValid())
            chars.setForeground(color);
        if (sans)
            chars.setFontFamilies({ ReportStyle::sansFamily() });
        m_cursor.insertText(text, chars);
    }

    void superscript(const QString &text)
    {
        QTextCharFormat chars;
        chars.setFontPointSize(m_pointSize);
        chars.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        m_cursor.insertText(text, chars);
    }

    void image(const QString &name, const QImage &picture, double widthPoints)
    {
        m_cursor.document()->addResource(QTextDocument::ImageResource, QUrl(name), picture);
        paragraph();
        QTextImageFormat format;
        format.setName(name);
        format.setWidth(widthPoints);
        format.setHeight(widthPoints * picture.height() / std::max(1, picture.width()));
        m_cursor.insertImage(format);
    }

private:
    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    QTextCursor m_cursor;
    bool m_first = true;
    double m_pointSize = 10.5;
};

// The timeline figure drawn at 150 dpi for a 6.3-inch column.
QImage timelinePicture(const ExportContent &content)
{
    const ReportStyle style(QPageSize::A4);
    const double width = style.textRect().width();
    const double laneLabels = ReportStyle::point(96);
    const QFontMetricsF labels(style.sans(6.5));
    const TimelineFigureLayout figure(
        content.entries, width - laneLabels,
        [&labels](const QString &label) { return labels.horizontalAdvance(label); },
        TimelineFigurePainter::pointWidth());
    if (figure.isEmpty())
        return {};
    const double rowHeight = ReportStyle::point(12);
    const double axis = ReportStyle::point(30);
    const int rows = std::min(figure.rowCount(), 60);
    const double height = rows * rowHeight + axis;
    const double scale = 150.0 / (72.0 * ReportStyle::unit);
    QImage image(qRound(width * scale), qRound(height * scale), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(150 / 0.0254));
    image.setDotsPerMeterY(qRound(150 / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    TimelineFigurePainter::paint(painter, QRectF(0, 0, width, height), figure, style,
                                 TimelineFigurePainter::Geometry { laneLabels, rowHeight, axis });
    return image;
}

} // namespace

QTextDocument *OdtReportWriter::document(const ExportContent &content, const ExportOptions &options)
{
    auto document = std::make_unique<QTextDocument>();
    const QString title = ReportWording::reportTitle(options, content);
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    DocumentBuilder builder(*document);
    const QColor muted(0x5f, 0x63, 0x68);
    const QColor conflict(0xa1, 0x1d, 0x1d);
    const QString handling = options.handling.simplified();

    if (!handling.isEmpty()) {
        builder.paragraph(9, 0, Qt::AlignHCenter);
        builder.run(handling, true, false, conflict, true);
    }
    builder.paragraph(9);
    builder.run(QStringLiteral("CHRONOLOGY REPORT"), true, false, QColor(0x1f, 0x3a, 0x5f), true);
    builder.paragraph(24);
    builder.run(title);
    if (!options.analyst.trimmed().isEmpty()) {
        builder.paragraph(12);
        builder.run(QStringLiteral("Prepared by ") + options.analyst.simplified());
    }
    builder.paragraph(12);
    builder.run(ReportWording::longDate(ReportWording::generatedAt(options).toUTC().date()));
    builder.paragraph(8.5);
    builder.run(QStringLiteral("Project: %1. %2.").arg(content.projectName, ReportWording::summary(content)), false,
                false, muted, true);
    if (const QString filter = ReportWording::filterDescription(options.filter, content); !filter.isEmpty())
        builder.run(QStringLiteral(" Filtered to %1.").arg(filter), false, false, muted, true);

    const QList<ReportStructure::Group> groups = ReportStructure::groups(content.entries);
    if (options.sections.contents) {
        builder.heading(QStringLiteral("Contents"), 1);
        QStringList lines;
        if (options.sections.timeline)
            lines << QStringLiteral("Timeline");
        lines << QStringLiteral("Chronology");
        for (const ReportStructure::Group &group : groups)
            lines << QStringLiteral("    ") + group.title;
        if (options.sections.sourceAppendix)
            lines << QStringLiteral("Sources");
        if (options.sections.entityIndex)
            lines << QStringLiteral("Index of names");
        for (const QString &line : lines) {
            builder.paragraph(11);
            builder.run(line);
        }
    }
    if (options.sections.timeline) {
        builder.heading(QStringLiteral("Timeline"), 1);
        const QImage picture = timelinePicture(content);
        if (picture.isNull()) {
            builder.paragraph(8.5);
            builder.run(QStringLiteral("No entry has a known time, so there is nothing to draw."), false, false, muted,
                        true);
        } else {
            builder.image(QStringLiteral("timeline.png"), picture, 451);
            builder.paragraph(8.5);
            builder.run(
                QStringLiteral(
                    "Each mark is an entry of the chronology, numbered as there; a diamond is a known day or moment, "
                    "a bar spans the time an event may have taken; its ends are soft, and fade out where that time "
                    "is approximate, uncertain or open. Red marks have conflicting sources."),
                false, false, muted, true);
        }
    }

    builder.heading(QStringLiteral("Chronology"), 1);
    if (content.entries.isEmpty()) {
        builder.paragraph();
        builder.run(content.totalEvents == 0 ? QStringLiteral("The project has no events yet.")
                                             : QStringLiteral("No event of the project passes the chosen filter."),
                    false, true);
    }
    int note = 0;
    int group = 0;
    for (int i = 0; i < content.entries.size(); ++i) {
        if (group < groups.size() && groups.at(group).firstEntry == i)
            builder.heading(groups.at(group++).title, 2);
        const ChronologyEntry &entry = content.entries.at(i);
        const Event &event = entry.event;
        builder.paragraph(9);
        builder.run(QStringLiteral("%1   ").arg(i + 1), false, false, muted, true);
        builder.run(ReportWording::eventTime(event.time), true, false, QColor(0x1f, 0x3a, 0x5f), true);
        if (entry.orderUncertain)
            builder.run(QStringLiteral("  ·  order uncertain"), false, false, muted, true);
        if (entry.hasConflict())
            builder.run(QStringLiteral("  ·  CONFLICT"), true, false, conflict, true);
        builder.heading(event.title.trimmed().isEmpty() ? QStringLiteral("Untitled event") : event.title.simplified(),
                        3);
        if (!entry.placeName.isEmpty() || !entry.participantNames.isEmpty()) {
            QStringList parts;
            if (!entry.placeName.isEmpty())
                parts << entry.placeName;
            if (!entry.participantNames.isEmpty())
                parts << ReportWording::participants(entry);
            builder.paragraph(10);
            builder.run(parts.join(QStringLiteral(" — ")), false, true);
        }
        for (const QString &paragraph : event.description.split(u'\n', Qt::SkipEmptyParts)) {
            if (paragraph.trimmed().isEmpty())
                continue;
            builder.paragraph(10.5, 0, Qt::AlignJustify);
            builder.run(paragraph.trimmed());
        }
        if (!event.assessment.trimmed().isEmpty()) {
            builder.paragraph(10);
            builder.run(QStringLiteral("Assessment. "), true, true);
            builder.run(event.assessment.simplified());
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
        builder.paragraph(8);
        builder.run(meta.join(QStringLiteral("  ·  ")), false, false, muted, true);

        builder.paragraph(10);
        QList<std::pair<int, const EvidenceItem *>> notes;
        if (entry.evidence.isEmpty())
            builder.run(QStringLiteral("No quoted evidence."), false, true, muted);
        const QList<ReportStructure::StanceGroup> stances = ReportStructure::byStance(entry);
        for (int g = 0; g < stances.size(); ++g) {
            builder.run((g > 0 ? QStringLiteral("; ") : QString()) + stances.at(g).lead + u' ');
            const QList<ReportStructure::Citation> &citations = stances.at(g).citations;
            for (int k = 0; k < citations.size(); ++k) {
                if (k > 0)
                    builder.run(k == citations.size() - 1 ? QStringLiteral(" and ") : QStringLiteral(", "));
                builder.run(citations.at(k).name);
                QStringList marks;
                for (const EvidenceItem *item : citations.at(k).items) {
                    marks << QString::number(++note);
                    notes.append({ note, item });
                }
                builder.superscript(marks.join(u','));
            }
        }
        if (!entry.evidence.isEmpty())
            builder.run(QStringLiteral("."));
        for (const Conflict &item : entry.conflicts) {
            builder.paragraph(10);
            builder.run(QStringLiteral("Conflict (%1): ").arg(ReportWording::conflictKind(item.kind)), true, false,
                        conflict);
            builder.run(item.description.simplified());
        }
        if (!entry.comment.trimmed().isEmpty()) {
            builder.paragraph(10);
            builder.run(QStringLiteral("Analyst’s comment. "), true);
            builder.run(entry.comment.simplified(), false, true);
        }
        for (const auto &[number, item] : notes) {
            builder.paragraph(8.5, 18);
            builder.run(QStringLiteral("%1  ").arg(number), false, false, muted, true);
            const CitedSource *source = content.source(item->evidence.sourceId);
            QString text = ReportWording::quoted(item->evidence.quote) + QStringLiteral(" — ")
                + (source ? ReportWording::citation(*source) : item->sourceTitle) + QStringLiteral("; ")
                + ReportWording::stance(item->evidence.stance);
            if (item->evidence.reported.isKnown())
                text += QStringLiteral("; reported ") + ReportWording::eventTime(item->evidence.reported);
            builder.run(text + u'.');
            if (!item->evidence.note.trimmed().isEmpty())
                builder.run(QStringLiteral(" Note: ") + item->evidence.note.simplified(), false, true);
        }
    }

    if (options.sections.sourceAppendix) {
        builder.heading(QStringLiteral("Sources"), 1);
        QList<const CitedSource *> sorted;
        for (const CitedSource &source : content.sources)
            sorted << &source;
        std::stable_sort(sorted.begin(), sorted.end(), [](const CitedSource *a, const CitedSource *b) {
            const int byTitle = QString::compare(a->title.trimmed().toCaseFolded(), b->title.trimmed().toCaseFolded());
            return byTitle != 0 ? byTitle < 0 : a->id < b->id;
        });
        if (sorted.isEmpty()) {
            builder.paragraph();
            builder.run(QStringLiteral("No source is quoted."), false, true);
        }
        const QLocale c = QLocale::c();
        for (const CitedSource *source : sorted) {
            builder.paragraph(10.5);
            builder.run(source->title.trimmed().isEmpty() ? QStringLiteral("Untitled source")
                                                          : source->title.simplified(),
                        true);
            QStringList facts;
            if (!source->outlet.trimmed().isEmpty())
                facts << source->outlet.trimmed();
            if (!source->author.trimmed().isEmpty())
                facts << QStringLiteral("by ") + source->author.trimmed();
            facts << ReportWording::publication(*source);
            facts << (source->grade == ReliabilityGrade::Unrated
                          ? QStringLiteral("not graded")
                          : QStringLiteral("grade ") + ReportWording::grade(source->grade));
            facts << (source->citations == 1 ? QStringLiteral("quoted once")
                                             : QStringLiteral("quoted %1 times").arg(source->citations));
            if (!source->originalName.isEmpty())
                facts << QStringLiteral("file ") + source->originalName;
            if (source->importedAt.isValid())
                facts << QStringLiteral("imported ")
                        + c.toString(source->importedAt.toUTC().date(), QStringLiteral("d MMM yyyy"));
            builder.paragraph(8.5);
            builder.run(facts.join(QStringLiteral("  ·  ")), false, false, muted, true);
            if (!source->url.isEmpty()) {
                builder.paragraph(8.5);
                // Only web and mail addresses become links; anything else stays text.
                builder.run(source->url, false, false, muted, true, LinkableUrl::target(source->url));
            }
            builder.paragraph(8);
            builder.run(QStringLiteral("SHA-256 ")
                            + (source->sha256.isEmpty() ? QStringLiteral("unknown") : ReportWording::sha256(*source)),
                        false, false, muted, true);
        }
    }

    if (options.sections.entityIndex) {
        builder.heading(QStringLiteral("Index of names"), 1);
        const QList<ReportStructure::IndexLine> lines = ReportStructure::index(content);
        if (lines.isEmpty()) {
            builder.paragraph();
            builder.run(QStringLiteral("The exported entries name no person, organisation or place."), false, true);
        }
        for (const ReportStructure::IndexLine &line : lines) {
            QStringList numbers;
            for (int number : line.entries)
                numbers << QString::number(number);
            builder.paragraph(10);
            builder.run(line.name);
            if (!line.typeName.isEmpty())
                builder.run(QStringLiteral(" (%1)").arg(line.typeName.toLower()), false, false, muted);
            builder.run(QStringLiteral("  ") + numbers.join(QStringLiteral(", ")));
        }
    }
    return document.release();
}

Result<QByteArray, ExportError> OdtReportWriter::write(const ExportContent &content, const ExportOptions &options)
{
    std::unique_ptr<QTextDocument> text(document(content, options));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(text.get()))
        return ExportError::failed(QStringLiteral("the OpenDocument writer failed"));
    return buffer.data();
}

} // namespace annalist
