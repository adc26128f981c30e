// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/ReportPages.h"
#include "export/ReportPaginator.h"
#include "export/ReportParagraphBuilder.h"
#include "export/ReportStyle.h"

#include <QTest>

using namespace annalist;

namespace {

// Text of about `words` words, the same every time.
QString words(int count, int seed)
{
    static const QStringList vocabulary
        = { QStringLiteral("concession"), QStringLiteral("terminal"), QStringLiteral("ministry"),
            QStringLiteral("the"),        QStringLiteral("board"),    QStringLiteral("awarded"),
            QStringLiteral("a"),          QStringLiteral("tender"),   QStringLiteral("in"),
            QStringLiteral("payments"),   QStringLiteral("of"),       QStringLiteral("port") };
    QStringList text;
    for (int i = 0; i < count; ++i)
        text << vocabulary.at((i * 7 + seed * 3) % vocabulary.size());
    return text.join(u' ') + u'.';
}

ReportParagraph paragraph(ReportStyle::Kind kind, const QString &text)
{
    ReportParagraphBuilder builder(kind);
    builder.text(text);
    return builder.take();
}

// Where each line of each paragraph went: paragraph -> (page, line) in placing order.
QHash<int, QList<std::pair<int, int>>> placements(const ReportPages &pages)
{
    QHash<int, QList<std::pair<int, int>>> placed;
    for (int page = 0; page < pages.pages.size(); ++page) {
        for (const PlacedLine &line : pages.pages.at(page).lines)
            placed[line.paragraph].append({ page, line.line });
    }
    return placed;
}

} // namespace

// The report's pagination keeps the rules of good typesetting, on flows made to test
// them at every position on the page.
class TestReportPaginator : public QObject
{
    Q_OBJECT

private slots:
    void headingsStayWithWhatFollows_data();
    void headingsStayWithWhatFollows();
    void noOrphansOrWidows();
    void footnotesStandOnThePageOfTheirMark_data();
    void footnotesStandOnThePageOfTheirMark();
    void aFootnoteTooLongForAFootFollowsItsParagraph();
    void notesOfOneLineThatFillMoreThanAPageRunOn();
    void theIndexIsSetInTwoColumnsBelowItsHeading();
    void anchorsAndEntitiesRecordTheirPages();
};

void TestReportPaginator::headingsStayWithWhatFollows_data()
{
    QTest::addColumn<int>("bodyWords");
    for (int words = 20; words <= 200; words += 30)
        QTest::newRow(qPrintable(QStringLiteral("%1 words a paragraph").arg(words))) << words;
}

void TestReportPaginator::headingsStayWithWhatFollows()
{
    QFETCH(int, bodyWords);
    const ReportStyle style(QPageSize::A4);
    ReportFlow flow;
    for (int section = 0; section < 40; ++section) {
        flow.items.append(paragraph(ReportStyle::Kind::GroupHeading, QStringLiteral("Section %1").arg(section)));
        flow.items.append(paragraph(ReportStyle::Kind::EntryTime, QStringLiteral("3 Feb 2025")));
        flow.items.append(paragraph(ReportStyle::Kind::EntryTitle, QStringLiteral("An entry title")));
        for (int body = 0; body < 1 + section % 3; ++body)
            flow.items.append(paragraph(ReportStyle::Kind::Body, words(bodyWords + section * 7, section + body)));
    }
    ReportPaginator paginator(style, false);
    QVERIFY(paginator.place(flow));
    const ReportPages pages = paginator.finish();
    QVERIFY(pages.pages.size() > 3);
    const auto placed = placements(pages);
    int checked = 0;
    for (int p = 0; p + 1 < int(pages.paragraphs.size()); ++p) {
        if (!pages.paragraphs.at(p)->style->keepWithNext)
            continue;
        // The heading's page holds its last line and the first two lines (or the only
        // one) of what follows.
        const int page = placed.value(p).last().first;
        const QList<std::pair<int, int>> next = placed.value(p + 1);
        for (int line = 0; line < std::min<int>(2, next.size()); ++line)
            QCOMPARE(next.at(line).first, page);
        ++checked;
    }
    QCOMPARE(checked, 40 * 3);
}

void TestReportPaginator::noOrphansOrWidows()
{
    const ReportStyle style(QPageSize::Letter);
    ReportFlow flow;
    for (int i = 0; i < 120; ++i)
        flow.items.append(paragraph(ReportStyle::Kind::Body, words(25 + (i * 37) % 160, i)));
    ReportPaginator paginator(style, false);
    QVERIFY(paginator.place(flow));
    const ReportPages pages = paginator.finish();
    const auto placed = placements(pages);
    int split = 0;
    for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
        const QList<std::pair<int, int>> &lines = it.value();
        QHash<int, int> perPage;
        for (const auto &[page, line] : lines)
            ++perPage[page];
        if (perPage.size() < 2)
            continue;
        ++split;
        QVERIFY2(lines.size() >= 4, "a paragraph of fewer than four lines is not split");
        for (int count : perPage)
            QVERIFY2(count >= 2,
                     qPrintable(QStringLiteral("paragraph %1 has %2 line alone on a page").arg(it.key()).arg(count)));
    }
    QVERIFY(split > 5);
    // Nothing runs into the bottom margin.
    for (const ReportPage &page : pages.pages) {
        for (const PlacedLine &line : page.lines)
            QVERIFY(line.top.y() + pages.paragraphs.at(line.paragraph)->style->leading
                    <= style.textRect().bottom() + 0.01);
    }
}

void TestReportPaginator::footnotesStandOnThePageOfTheirMark_data()
{
    QTest::addColumn<int>("noteWords");
    QTest::newRow("short notes") << 15;
    QTest::newRow("notes of several lines") << 90;
    QTest::newRow("notes of a third of a page") << 320;
}

void TestReportPaginator::footnotesStandOnThePageOfTheirMark()
{
    QFETCH(int, noteWords);
    const ReportStyle style(QPageSize::A4);
    ReportFlow flow;
    int number = 0;
    for (int i = 0; i < 60; ++i) {
        ReportParagraphBuilder builder(ReportStyle::Kind::EntryNote);
        builder.text(words(20 + i % 50, i));
        for (int mark = 0; mark < 1 + i % 3; ++mark) {
            builder.text(QStringLiteral(" source"));
            builder.footnoteMark(int(flow.footnotes.size()), ++number);
            ReportParagraphBuilder note(ReportStyle::Kind::Footnote);
            note.text(words(noteWords + (i * 13) % 40, i + mark));
            ReportParagraph noteParagraph = note.take();
            noteParagraph.label = QString::number(number);
            flow.footnotes.append(noteParagraph);
        }
        builder.text(words(10 + i % 30, i + 1));
        flow.items.append(builder.take());
    }
    ReportPaginator paginator(style, false);
    QVERIFY(paginator.place(flow));
    const ReportPages pages = paginator.finish();
    QVERIFY(pages.inlineFootnotes.isEmpty());
    QHash<int, int> noteStart;
    QHash<int, int> noteLines;
    for (int page = 0; page < pages.pages.size(); ++page) {
        const ReportPage &onPage = pages.pages.at(page);
        double bodyBottom = style.textRect().top();
        for (const PlacedLine &line : onPage.lines)
            bodyBottom = std::max(bodyBottom, line.top.y() + pages.paragraphs.at(line.paragraph)->style->leading);
        for (const PlacedLine &line : onPage.footnoteLines) {
            if (line.line == 0)
                noteStart.insert(line.paragraph, page);
            ++noteLines[line.paragraph];
            // Notes sit below the text, under their rule, inside the margins.
            QVERIFY(line.top.y() >= bodyBottom + style.footnoteSeparatorSpace() - 0.01);
            QVERIFY(line.top.y() + pages.paragraphs.at(line.paragraph)->style->leading
                    <= style.textRect().bottom() + 0.01);
        }
    }
    int marks = 0;
    for (int page = 0; page < pages.pages.size(); ++page) {
        for (const PlacedLine &line : pages.pages.at(page).lines) {
            for (int footnote : pages.paragraphs.at(line.paragraph)->footnotesOnLine.at(line.line)) {
                ++marks;
                QCOMPARE(noteStart.value(pages.footnoteParagraphs.value(footnote), -1), page);
            }
        }
    }
    QCOMPARE(marks, number);
    // Every line of every note is set, once.
    for (auto it = pages.footnoteParagraphs.cbegin(); it != pages.footnoteParagraphs.cend(); ++it)
        QCOMPARE(noteLines.value(it.value()), pages.paragraphs.at(it.value())->lineCount());
}

void TestReportPaginator::aFootnoteTooLongForAFootFollowsItsParagraph()
{
    const ReportStyle style(QPageSize::A4);
    ReportFlow flow;
    ReportParagraphBuilder builder(ReportStyle::Kind::EntryNote);
    builder.text(QStringLiteral("Supported by the transcript"));
    builder.footnoteMark(0, 1);
    builder.text(QStringLiteral("."));
    flow.items.append(builder.take());
    flow.items.append(paragraph(ReportStyle::Kind::Body, QStringLiteral("After the note.")));
    ReportParagraphBuilder note(ReportStyle::Kind::Footnote);
    note.text(words(4000, 1));
    flow.footnotes.append(note.take());
    ReportPaginator paginator(style, false);
    QVERIFY(paginator.place(flow));
    const ReportPages pages = paginator.finish();
    QCOMPARE(pages.inlineFootnotes, QList<int> { 0 });
    QVERIFY(pages.pages.size() >= 3);
    // In the text, between its paragraph and the next, over several pages.
    const auto placed = placements(pages);
    const int noteParagraph = pages.footnoteParagraphs.value(0);
    QCOMPARE(placed.value(noteParagraph).size(), pages.paragraphs.at(noteParagraph)->lineCount());
    QCOMPARE(placed.value(0).first().first, 0);
    QVERIFY(placed.value(1).first().first >= 2);
    for (const ReportPage &page : pages.pages)
        QVERIFY(page.footnoteLines.isEmpty());
}

void TestReportPaginator::notesOfOneLineThatFillMoreThanAPageRunOn()
{
    // Twelve marks on one short line, each note a third of a page long: together they
    // fill some three pages and must run on, none lost, before the text goes on.
    const ReportStyle style(QPageSize::A4);
    ReportFlow flow;
    ReportParagraphBuilder builder(ReportStyle::Kind::EntryNote);
    builder.text(QStringLiteral("Supported by"));
    for (int i = 0; i < 12; ++i) {
        builder.footnoteMark(i, i + 1);
        ReportParagraphBuilder note(ReportStyle::Kind::Footnote);
        note.text(words(330, i));
        flow.footnotes.append(note.take());
    }
    flow.items.append(builder.take());
    flow.items.append(paragraph(ReportStyle::Kind::Body, QStringLiteral("The text after the notes.")));
    ReportPaginator paginator(style, false);
    QVERIFY(paginator.place(flow));
    const ReportPages pages = paginator.finish();
    QVERIFY(pages.inlineFootnotes.isEmpty());
    QVERIFY(pages.pages.size() >= 3);
    QHash<int, int> lines;
    for (int page = 0; page < pages.pages.size(); ++page) {
        const ReportPage &onPage = pages.pages.at(page);
        QCOMPARE(onPage.footnoteContinues,
                 page > 0 && !onPage.footnoteLines.isEmpty() && onPage.footnoteLines.first().line > 0);
        for (const PlacedLine &line : onPage.footnoteLines)
            ++lines[line.paragraph];
    }
    for (auto it = pages.footnoteParagraphs.cbegin(); it != pages.footnoteParagraphs.cend(); ++it)
        QCOMPARE(lines.value(it.value()), pages.paragraphs.at(it.value())->lineCount());
    // The first note begins under its mark; the text goes on after the last note.
    const ReportPage &first = pages.pages.first();
    QVERIFY(!first.footnoteLines.isEmpty());
    QCOMPARE(first.footnoteLines.first().paragraph, pages.footnoteParagraphs.value(0));
    const auto placed = placements(pages);
    int after = -1;
    for (int p = 0; p < int(pages.paragraphs.size()); ++p) {
        if (pages.paragraphs.at(p)->paragraph.text == QStringLiteral("The text after the notes."))
            after = p;
    }
    QVERIFY(placed.contains(after));
    int lastNotesPage = 0;
    for (int page = 0; page < pages.pages.size(); ++page) {
        if (!pages.pages.at(page).footnoteLines.isEmpty())
            lastNotesPage = page;
    }
    QVERIFY(placed.value(after).first().first >= lastNotesPage);
}

void TestReportPaginator::theIndexIsSetInTwoColumnsBelowItsHeading()
{
    const ReportStyle style(QPageSize::A4);
    ReportPaginator paginator(style, true);
    ReportFlow flow;
    flow.items.append(paragraph(ReportStyle::Kind::Body, QStringLiteral("The chronology.")));
    QVERIFY(paginator.place(flow));
    QList<ReportParagraph> index { paragraph(ReportStyle::Kind::SectionHeading, QStringLiteral("Index of names")) };
    for (int i = 0; i < 220; ++i)
        index.append(
            paragraph(ReportStyle::Kind::IndexLine, QStringLiteral("Name %1  %2").arg(i).arg(words(i % 9, i))));
    paginator.placeAppendix(index, 2);
    const ReportPages pages = paginator.finish();
    QVERIFY(pages.pages.size() >= 3);
    const ReportPage &first = pages.pages.at(1);
    QSet<int> columns;
    double headingBottom = 0;
    for (const PlacedLine &line : first.lines) {
        const LaidOutParagraph &laidOut = *pages.paragraphs.at(line.paragraph);
        if (laidOut.paragraph.kind == ReportStyle::Kind::SectionHeading) {
            headingBottom = line.top.y() + laidOut.style->leading;
            continue;
        }
        columns.insert(qRound(line.top.x()));
        QVERIFY(line.top.y() >= headingBottom);
    }
    QCOMPARE(columns.size(), 2);
    QCOMPARE(pages.firstPageNumber, 2);
    QCOMPARE(pages.anchorPage.value(QString()), 0);
}

void TestReportPaginator::anchorsAndEntitiesRecordTheirPages()
{
    const ReportStyle style(QPageSize::A4);
    ReportFlow flow;
    for (int i = 0; i < 30; ++i) {
        ReportParagraph entry = paragraph(ReportStyle::Kind::Body, words(120, i));
        entry.anchor = QStringLiteral("entry-%1").arg(i + 1);
        entry.entities = { qint64(i % 3 + 1) };
        flow.items.append(entry);
        if (i == 14)
            flow.items.append(ReportPageBreak {});
    }
    ReportPaginator paginator(style, true);
    QVERIFY(paginator.place(flow));
    const ReportPages pages = paginator.finish();
    QCOMPARE(pages.anchorPage.value(QStringLiteral("entry-1")), 2);
    // The page break puts entry 16 at the top of a page of its own.
    const int sixteenth = pages.anchorPage.value(QStringLiteral("entry-16"));
    QVERIFY(sixteenth > pages.anchorPage.value(QStringLiteral("entry-15")));
    const PlacedLine top = pages.pages.at(sixteenth - pages.firstPageNumber).lines.first();
    QCOMPARE(pages.paragraphs.at(top.paragraph)->paragraph.anchor, QStringLiteral("entry-16"));
    QCOMPARE(top.line, 0);
    // Each entity's pages, ascending and each once; together every page.
    QSet<int> all;
    for (qint64 entity = 1; entity <= 3; ++entity) {
        const QList<int> entityPages = pages.entityPages.value(entity);
        QVERIFY(!entityPages.isEmpty());
        QCOMPARE(entityPages.first(), 2);
        for (int i = 1; i < entityPages.size(); ++i)
            QVERIFY(entityPages.at(i) > entityPages.at(i - 1));
        for (int page : entityPages)
            all.insert(page);
    }
    QCOMPARE(all.size(), pages.pageCount() - 1);
}

QTEST_MAIN(TestReportPaginator)
#include "tst_reportpaginator.moc"
