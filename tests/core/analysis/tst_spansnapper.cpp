// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis/SpanSnapper.h"

#include <QTest>

using namespace annalist;

namespace {

// Test texts mark the selection with ⟦ and ⟧.
struct Marked
{
    QString text;
    int start = -1;
    int end = -1;
};

Marked parse(const QString &marked)
{
    Marked result;
    for (QChar c : marked) {
        if (c == u'\u27e6')
            result.start = static_cast<int>(result.text.size());
        else if (c == u'\u27e7')
            result.end = static_cast<int>(result.text.size());
        else
            result.text.append(c);
    }
    return result;
}

QString mark(const QString &text, int start, int end)
{
    return text.left(start) + u'\u27e6' + text.mid(start, end - start) + u'\u27e7' + text.mid(end);
}

} // namespace

class TestSpanSnapper : public QObject
{
    Q_OBJECT

private slots:
    void snapToWords_data();
    void snapToWords();
    void clampsAndOrders_data();
    void clampsAndOrders();
};

void TestSpanSnapper::snapToWords_data()
{
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QString>("snapped");

    const auto row = [](const char *name, const QString &selected, const QString &snapped) {
        QTest::newRow(name) << selected << snapped;
    };
    row("mid-word at both ends", QStringLiteral("Senator Ma⟦rco Ru⟧bio met"),
        QStringLiteral("Senator ⟦Marco Rubio⟧ met"));
    row("inside one word", QStringLiteral("Sen⟦at⟧or"), QStringLiteral("⟦Senator⟧"));
    row("word before a comma", QStringLiteral("R⟦ubi⟧o, then"), QStringLiteral("⟦Rubio⟧, then"));
    row("whole word kept", QStringLiteral("met ⟦Rubio⟧ then"), QStringLiteral("met ⟦Rubio⟧ then"));
    row("trailing space and comma", QStringLiteral("met ⟦Rubio, ⟧then"), QStringLiteral("met ⟦Rubio⟧, then"));
    row("leading space", QStringLiteral("met⟦ Rubio⟧ then"), QStringLiteral("met ⟦Rubio⟧ then"));
    row("line break", QStringLiteral("met⟦\nRubio\n⟧then"), QStringLiteral("met\n⟦Rubio⟧\nthen"));
    row("straight quotes", QStringLiteral("said ⟦\"Rubio\"⟧ twice"), QStringLiteral("said \"⟦Rubio⟧\" twice"));
    row("curly quotes", QStringLiteral("the ⟦“Claudia Sheinbaum”⟧ era"),
        QStringLiteral("the “⟦Claudia Sheinbaum⟧” era"));
    row("guillemets", QStringLiteral("⟦«Rubio»⟧"), QStringLiteral("«⟦Rubio⟧»"));
    row("Spanish question marks", QStringLiteral("⟦¿Sheinbaum?⟧"), QStringLiteral("¿⟦Sheinbaum⟧?"));
    row("sentence-final period", QStringLiteral("met ⟦Rubio.⟧"), QStringLiteral("met ⟦Rubio⟧."));
    row("abbreviation keeps its period", QStringLiteral("the ⟦U.S.⟧ delegation"),
        QStringLiteral("the ⟦U.S.⟧ delegation"));
    row("initial keeps its period", QStringLiteral("John ⟦F.⟧ Kennedy"), QStringLiteral("John ⟦F.⟧ Kennedy"));
    row("hyphenated, end inside", QStringLiteral("captain ⟦Jean-Lu⟧c Picard"),
        QStringLiteral("captain ⟦Jean-Luc⟧ Picard"));
    row("hyphenated, both inside", QStringLiteral("captain J⟦ean-L⟧uc"), QStringLiteral("captain ⟦Jean-Luc⟧"));
    row("trailing dash", QStringLiteral("⟦Sheinbaum —⟧ who"), QStringLiteral("⟦Sheinbaum⟧ — who"));
    row("apostrophe in the name", QStringLiteral("Mr ⟦O'Bri⟧en spoke"), QStringLiteral("Mr ⟦O'Brien⟧ spoke"));
    row("possessive left out", QStringLiteral("⟦O'Brien's⟧ view"), QStringLiteral("⟦O'Brien⟧'s view"));
    row("possessive reached by widening", QStringLiteral("⟦Rubi⟧o's focus"), QStringLiteral("⟦Rubio⟧'s focus"));
    row("curly possessive", QStringLiteral("⟦Rubio’s⟧ focus"), QStringLiteral("⟦Rubio⟧’s focus"));
    row("brackets around", QStringLiteral("the ⟦(PRI)⟧ party"), QStringLiteral("the (⟦PRI⟧) party"));
    row("brackets inside kept", QStringLiteral("⟦Revolutionary Party (PRI)⟧ said"),
        QStringLiteral("⟦Revolutionary Party (PRI)⟧ said"));
    row("unbalanced bracket dropped", QStringLiteral("(⟦PRI)⟧ said"), QStringLiteral("(⟦PRI⟧) said"));
    row("Cyrillic", QStringLiteral("встреча с ⟦Владимиром Пу⟧тиным"), QStringLiteral("встреча с ⟦Владимиром Путиным⟧"));
    row("Greek", QStringLiteral("ο ⟦Κυριάκος Μητσο⟧τάκης"), QStringLiteral("ο ⟦Κυριάκος Μητσοτάκης⟧"));
    row("Arabic", QStringLiteral("التقى ⟦محمد بن سلما⟧ن"), QStringLiteral("التقى ⟦محمد بن سلمان⟧"));
    row("empty selection", QStringLiteral("Rubio ⟦⟧met"), QStringLiteral("Rubio ⟦⟧met"));
    row("only spaces", QStringLiteral("Rubio⟦   ⟧met"), QStringLiteral("Rubio⟦⟧   met"));
    row("only punctuation", QStringLiteral("Rubio⟦, ⟧met"), QStringLiteral("Rubio⟦⟧, met"));
    row("symbols stay", QStringLiteral("in ⟦C++⟧ code"), QStringLiteral("in ⟦C++⟧ code"));
}

void TestSpanSnapper::snapToWords()
{
    QFETCH(QString, selected);
    QFETCH(QString, snapped);

    const Marked input = parse(selected);
    const Marked expected = parse(snapped);
    QCOMPARE(input.text, expected.text);
    const auto [start, end] = SpanSnapper::snapToWords(input.text, input.start, input.end);
    QCOMPARE(mark(input.text, start, end), mark(expected.text, expected.start, expected.end));
}

void TestSpanSnapper::clampsAndOrders_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("snappedStart");
    QTest::addColumn<int>("snappedEnd");

    // "Marco Rubio met": Marco 0–5, Rubio 6–11, met 12–15.
    QTest::newRow("reversed") << 9 << 2 << 0 << 11;
    QTest::newRow("past the end") << 13 << 99 << 12 << 15;
    QTest::newRow("before the start") << -5 << 3 << 0 << 5;
    QTest::newRow("empty past the end") << 40 << 40 << 15 << 15;
}

void TestSpanSnapper::clampsAndOrders()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, snappedStart);
    QFETCH(int, snappedEnd);

    const auto snapped = SpanSnapper::snapToWords(QStringLiteral("Marco Rubio met"), start, end);
    QCOMPARE(snapped.first, snappedStart);
    QCOMPARE(snapped.second, snappedEnd);
}

QTEST_GUILESS_MAIN(TestSpanSnapper)
#include "tst_spansnapper.moc"
