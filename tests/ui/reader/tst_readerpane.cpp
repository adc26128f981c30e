// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "ingest/SourceImporter.h"
#include "model/TimeValueText.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/TimexRepository.h"
#include "ui/reader/FindBar.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/ReaderView.h"
#include "ui/widgets/ElidedLabel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QHash>
#include <QLineEdit>
#include <QMenu>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

using namespace annalist;

namespace {

// Used when the seed articles are not beside the checkout; the same kind of text.
const QString fallbackArticle = QStringLiteral(
    "US Senator Marco Rubio to Visit Mexico for Security Talks\n"
    "Senator Marco Rubio is scheduled to visit Mexico next week. The purpose of his trip is to engage in "
    "discussions regarding bilateral security cooperation between the two nations.\n"
    "The upcoming visit has been officially confirmed by Mexico's President-elect, Claudia Sheinbaum. She "
    "emphasized that the discussions would focus on a \"bilateral understanding\" on security matters.\n"
    "President-elect Sheinbaum reiterated that Mexico will not accept direct intervention.\n");

// The most frequent colour in a rectangle: the background, whatever glyphs lie on it.
QColor dominantColor(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

int countNear(const QImage &image, const QRect &rect, const QColor &color, int tolerance)
{
    int count = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += near(QColor::fromRgb(image.pixel(x, y)), color, tolerance);
    }
    return count;
}

// Where the characters [start, end) of one line are drawn, in pane coordinates.
QRect characterRect(ReaderPane &pane, int start, int end)
{
    ReaderView *view = pane.view();
    QTextCursor cursor(view->document());
    cursor.setPosition(start);
    const QRect first = view->cursorRect(cursor);
    cursor.setPosition(end);
    const QRect last = view->cursorRect(cursor);
    const QRect rect(QPoint(first.left(), first.top()), QPoint(last.left(), first.bottom()));
    return QRect(view->viewport()->mapTo(&pane, rect.topLeft()), rect.size());
}

void selectWithKeyboard(ReaderView *view, int start, int end)
{
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(start);
    view->setTextCursor(cursor);
    for (int i = start; i < end; ++i)
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
}

} // namespace

class TestReaderPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void showsTheSourceUnderItsHeader();
    void unknownSourceLeavesThePaneAsItWas();
    void annotationKeysAskForTheirType_data();
    void annotationKeysAskForTheirType();
    void lettersWithoutSelectionDoNothing();
    void enterAndDeleteActOnTheMentionAtTheCursor();
    void mentionKeysWinOverWindowShortcuts();
    void nextMentionKeySelectsIt();
    void selectionSnapsToWords_data();
    void selectionSnapsToWords();
    void findMarksEveryHit();
    void confirmedMentionIsPaintedUnderTheText();
    void candidateIsUnderlinedAndHiddenTypesAreNot();
    void reloadMentionsShowsANewAnnotation();
    void largeSourceShowsAnEditAtOnceAndTheRestSoon();
    void revealRangeScrollsAndSelects();
    void headerElidesAndNeverClips();
    void zoomKeysChangeTheTextSizeAndAreRemembered();
    void columnIsCentredAtAReadableWidth();
    void shortTextWrapsInsideTheColumn();
    void paragraphsHaveRoomBetweenThem();
    void pointerBesideTheColumnActsOnTheText();
    void hoverShowsTheEntityCard();
    void timeExpressionsHaveACardAndKeys();
    void contextMenuHasTheOwnersActions();
    void clicksAndFocusActivateThePane();
    void closeButtonAsksToClose();

private:
    QString body() const { return *m_project->sources().body(m_sourceId); }
    int offsetOf(const QString &text, int occurrence = 0) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_sourceId = 0;
    qint64 m_longSourceId = 0;
    qint64 m_snapSourceId = 0;
    qint64 m_personType = 0;
    qint64 m_placeType = 0;
    qint64 m_sheinbaumMention = 0;
    qint64 m_rubioMention = 0;
    qint64 m_mexicoMention = 0;
};

int TestReaderPane::offsetOf(const QString &text, int occurrence) const
{
    const QString source = body();
    qsizetype at = source.indexOf(text);
    for (int i = 0; i < occurrence && at >= 0; ++i)
        at = source.indexOf(text, at + 1);
    return int(at);
}

void TestReaderPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    auto created = Project::create(m_dir.filePath(QStringLiteral("reader.annalist")));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    m_project = std::move(*created);

    SourceImporter importer(*m_project);
    const QString seeds = test::seedsDirectory();
    const QStringList seed = seeds.isEmpty() ? QStringList() : QDir(seeds).entryList({ QStringLiteral("002_*.txt") });
    if (!seed.isEmpty()) {
        const ImportReport report = importer.importPaths({ QDir(seeds).filePath(seed.first()) });
        QCOMPARE(report.count(ImportOutcome::Kind::Imported), 1);
        m_sourceId = report.outcomes.first().sourceId;
    } else {
        m_sourceId = importer.importText(fallbackArticle, QStringLiteral("Rubio to visit Mexico")).sourceId;
    }
    QVERIFY(m_sourceId > 0);

    QString longText;
    for (int i = 0; i < 400; ++i)
        longText += QStringLiteral("Paragraph %1 of a long report on border security, with enough words to wrap "
                                   "onto a second line in a pane of ordinary width.\n")
                        .arg(i);
    m_longSourceId = importer.importText(longText, QStringLiteral("A long report")).sourceId;
    m_snapSourceId = importer
                         .importText(QStringLiteral("Senator Marco Rubio's visit to the U.S. capital (Washington) "
                                                    "was confirmed by Sheinbaum’s office, twice."),
                                     QStringLiteral("Snapping"))
                         .sourceId;
    QVERIFY(m_longSourceId > 0 && m_snapSourceId > 0);

    EntityRepository &entities = m_project->entities();
    m_personType = entities.findType(QStringLiteral("Person"))->id;
    m_placeType = entities.findType(QStringLiteral("Place"))->id;

    Entity sheinbaum;
    sheinbaum.typeId = m_personType;
    sheinbaum.canonicalName = QStringLiteral("Claudia Sheinbaum");
    sheinbaum.aliases = { QStringLiteral("Sheinbaum"), QStringLiteral("President-elect Sheinbaum") };
    EntityRole president;
    president.title = QStringLiteral("President of Mexico");
    president.from = TimeValue::day(QDate(2024, 10, 1));
    sheinbaum.roles = { president };
    const qint64 sheinbaumId = *entities.add(sheinbaum);
    Entity rubio;
    rubio.typeId = m_personType;
    rubio.canonicalName = QStringLiteral("Marco Rubio");
    const qint64 rubioId = *entities.add(rubio);
    Entity mexico;
    mexico.typeId = m_placeType;
    mexico.canonicalName = QStringLiteral("Mexico");
    const qint64 mexicoId = *entities.add(mexico);

    const auto add = [&](qint64 entityId, const QString &quote, Mention::Status status) {
        Mention mention;
        mention.entityId = entityId;
        mention.sourceId = m_sourceId;
        mention.start = offsetOf(quote);
        mention.end = mention.start + int(quote.size());
        mention.status = status;
        mention.quote = quote;
        const Result<qint64> id = m_project->mentions().add(mention);
        return id ? *id : qint64(0);
    };
    m_sheinbaumMention = add(sheinbaumId, QStringLiteral("Claudia Sheinbaum"), Mention::Status::Confirmed);
    m_rubioMention = add(rubioId, QStringLiteral("Marco Rubio"), Mention::Status::Candidate);
    m_mexicoMention = add(mexicoId, QStringLiteral("Mexico"), Mention::Status::Rejected);
    QVERIFY(m_sheinbaumMention && m_rubioMention && m_mexicoMention);
}

void TestReaderPane::cleanupTestCase()
{
    m_project.reset();
}

void TestReaderPane::init()
{
    QSettings().remove(QStringLiteral("reader"));
}

void TestReaderPane::showsTheSourceUnderItsHeader()
{
    ReaderPane pane(*m_project);
    QCOMPARE(pane.sourceId(), 0);
    pane.resize(900, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.showSource(m_sourceId));
    QCOMPARE(pane.sourceId(), m_sourceId);

    const Source source = *m_project->sources().find(m_sourceId);
    QCOMPARE(pane.text(), source.body);
    QCOMPARE(pane.view()->toPlainText(), source.body);
    QCOMPARE(pane.title(), source.title);
    QCOMPARE(pane.titleLabel()->fullText(), source.title);
    const QString details = pane.detailsLabel()->fullText();
    QVERIFY2(details.contains(source.published.isKnown() ? QStringLiteral("20") : QStringLiteral("undated")),
             qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("ungraded")));
    QCOMPARE(pane.mentions().size(), 3);
    QVERIFY(pane.view()->isReadOnly());

    QVERIFY(m_project->sources().setReliability(m_sourceId, ReliabilityGrade::B));
    QVERIFY(pane.showSource(m_sourceId));
    QVERIFY(pane.detailsLabel()->fullText().contains(QStringLiteral("grade B")));
    QVERIFY(m_project->sources().setReliability(m_sourceId, ReliabilityGrade::Unrated));

    pane.clear();
    QCOMPARE(pane.sourceId(), 0);
    QVERIFY(pane.text().isEmpty());
    QCOMPARE(pane.mentions().size(), 0);
}

void TestReaderPane::unknownSourceLeavesThePaneAsItWas()
{
    ReaderPane pane(*m_project);
    QVERIFY(pane.showSource(m_sourceId));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot show source 987654")));
    QVERIFY(!pane.showSource(987654));
    QCOMPARE(pane.sourceId(), m_sourceId);
    QCOMPARE(pane.text(), body());
}

void TestReaderPane::annotationKeysAskForTheirType_data()
{
    QTest::addColumn<int>("fromShift");
    QTest::addColumn<int>("toShift");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("type");

    QTest::newRow("exact, P") << 0 << 0 << int(Qt::Key_P) << QStringLiteral("Person");
    QTest::newRow("inside the words, P") << 2 << -3 << int(Qt::Key_P) << QStringLiteral("Person");
    QTest::newRow("with the space before, P") << -1 << 0 << int(Qt::Key_P) << QStringLiteral("Person");
    QTest::newRow("with the stop after, P") << 0 << 1 << int(Qt::Key_P) << QStringLiteral("Person");
    QTest::newRow("O") << 0 << 0 << int(Qt::Key_O) << QStringLiteral("Organisation");
    QTest::newRow("L") << 0 << 0 << int(Qt::Key_L) << QStringLiteral("Place");
    QTest::newRow("T") << 0 << 0 << int(Qt::Key_T) << QStringLiteral("Title");
    QTest::newRow("E") << 0 << 0 << int(Qt::Key_E) << QStringLiteral("Other");
}

void TestReaderPane::annotationKeysAskForTheirType()
{
    QFETCH(int, fromShift);
    QFETCH(int, toShift);
    QFETCH(int, key);
    QFETCH(QString, type);

    ReaderPane pane(*m_project);
    pane.resize(900, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.showSource(m_sourceId));
    pane.view()->setFocus();

    const QString name = QStringLiteral("Claudia Sheinbaum");
    const int start = offsetOf(name);
    QVERIFY(start > 0);
    const int end = start + int(name.size());
    selectWithKeyboard(pane.view(), start + fromShift, end + toShift);
    QCOMPARE(pane.view()->textCursor().selectionEnd() - pane.view()->textCursor().selectionStart(),
             end + toShift - start - fromShift);

    QSignalSpy annotate(&pane, &ReaderPane::annotateRequested);
    QTest::keyClick(pane.view(), Qt::Key(key));
    QCOMPARE(annotate.count(), 1);
    QCOMPARE(annotate.first().first().toString(), type);
    QCOMPARE(pane.selection(), std::make_pair(start, end));
    // The key typed nothing and kept the selection for the owner.
    QCOMPARE(pane.text(), body());
    QVERIFY(pane.view()->textCursor().hasSelection());
}

void TestReaderPane::lettersWithoutSelectionDoNothing()
{
    ReaderPane pane(*m_project);
    pane.show();
    QVERIFY(pane.showSource(m_sourceId));
    QTextCursor cursor = pane.view()->textCursor();
    cursor.setPosition(offsetOf(QStringLiteral("Claudia Sheinbaum")) + 2);
    pane.view()->setTextCursor(cursor);
    QSignalSpy annotate(&pane, &ReaderPane::annotateRequested);
    QTest::keyClick(pane.view(), Qt::Key_P);
    QTest::keyClick(pane.view(), Qt::Key_L);
    QCOMPARE(annotate.count(), 0);

    // With a modifier the letter is not an annotation key either.
    const int rubio = offsetOf(QStringLiteral("Marco Rubio"));
    selectWithKeyboard(pane.view(), rubio, rubio + 5);
    QTest::keyClick(pane.view(), Qt::Key_P, Qt::ControlModifier);
    QTest::keyClick(pane.view(), Qt::Key_P, Qt::AltModifier);
    QCOMPARE(annotate.count(), 0);
    QTest::keyClick(pane.view(), Qt::Key_P);
    QCOMPARE(annotate.count(), 1);
}

void TestReaderPane::enterAndDeleteActOnTheMentionAtTheCursor()
{
    ReaderPane pane(*m_project);
    pane.show();
    QVERIFY(pane.showSource(m_sourceId));
    QSignalSpy accept(&pane, &ReaderPane::acceptRequested);
    QSignalSpy reject(&pane, &ReaderPane::rejectRequested);
    QSignalSpy remove(&pane, &ReaderPane::removeRequested);
    const auto placeCursor = [&](int position) {
        QTextCursor cursor = pane.view()->textCursor();
        cursor.setPosition(position);
        pane.view()->setTextCursor(cursor);
    };

    // A candidate: Enter accepts it, Delete rejects it.
    placeCursor(offsetOf(QStringLiteral("Marco Rubio")) + 3);
    QCOMPARE(pane.mentionAtCursor(), m_rubioMention);
    QTest::keyClick(pane.view(), Qt::Key_Return);
    QCOMPARE(accept.count(), 1);
    QCOMPARE(accept.first().first().toLongLong(), m_rubioMention);
    QTest::keyClick(pane.view(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(accept.count(), 2);
    QTest::keyClick(pane.view(), Qt::Key_Delete);
    QCOMPARE(reject.count(), 1);
    QCOMPARE(reject.first().first().toLongLong(), m_rubioMention);

    // Just after the mention still counts as on it.
    placeCursor(offsetOf(QStringLiteral("Marco Rubio")) + 11);
    QCOMPARE(pane.mentionAtCursor(), m_rubioMention);

    // A confirmed mention: nothing to accept, Delete removes it.
    placeCursor(offsetOf(QStringLiteral("Claudia Sheinbaum")) + 1);
    QTest::keyClick(pane.view(), Qt::Key_Return);
    QCOMPARE(accept.count(), 2);
    QTest::keyClick(pane.view(), Qt::Key_Delete);
    QCOMPARE(remove.count(), 1);
    QCOMPARE(remove.first().first().toLongLong(), m_sheinbaumMention);
    QCOMPARE(reject.count(), 1);

    // Rejected mentions are not shown, so they are not under the cursor.
    placeCursor(offsetOf(QStringLiteral("Mexico")) + 2);
    QCOMPARE(pane.mentionAtCursor(), 0);
    QTest::keyClick(pane.view(), Qt::Key_Return);
    QTest::keyClick(pane.view(), Qt::Key_Delete);
    QCOMPARE(accept.count(), 2);
    QCOMPARE(reject.count(), 1);
    QCOMPARE(remove.count(), 1);
}

void TestReaderPane::mentionKeysWinOverWindowShortcuts()
{
    QWidget window;
    auto *pane = new ReaderPane(*m_project, &window);
    auto *deleteSource = new QAction(QStringLiteral("Delete source"), &window);
    deleteSource->setShortcut(QKeySequence::Delete);
    window.addAction(deleteSource);
    QSignalSpy stolen(deleteSource, &QAction::triggered);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(pane->showSource(m_sourceId));
    pane->view()->setFocus();
    QTextCursor cursor = pane->view()->textCursor();
    cursor.setPosition(offsetOf(QStringLiteral("Marco Rubio")) + 1);
    pane->view()->setTextCursor(cursor);

    QSignalSpy reject(pane, &ReaderPane::rejectRequested);
    QTest::keyClick(pane->view(), Qt::Key_Delete);
    QCOMPARE(reject.count(), 1);
    QCOMPARE(stolen.count(), 0);
}

void TestReaderPane::nextMentionKeySelectsIt()
{
    ReaderPane pane(*m_project);
    pane.show();
    QVERIFY(pane.showSource(m_sourceId));
    QTextCursor cursor = pane.view()->textCursor();
    cursor.setPosition(0);
    pane.view()->setTextCursor(cursor);

    const int rubio = offsetOf(QStringLiteral("Marco Rubio"));
    const int sheinbaum = offsetOf(QStringLiteral("Claudia Sheinbaum"));
    QVERIFY(rubio < sheinbaum);
    QTest::keyClick(pane.view(), Qt::Key_N);
    QCOMPARE(pane.view()->textCursor().selectionStart(), rubio);
    QCOMPARE(pane.view()->textCursor().selectionEnd(), rubio + 11);
    QTest::keyClick(pane.view(), Qt::Key_N);
    QCOMPARE(pane.view()->textCursor().selectionStart(), sheinbaum);
    QTest::keyClick(pane.view(), Qt::Key_N, Qt::ShiftModifier);
    QCOMPARE(pane.view()->textCursor().selectionStart(), rubio);
}

void TestReaderPane::selectionSnapsToWords_data()
{
    QTest::addColumn<QString>("selected");
    QTest::addColumn<int>("fromShift");
    QTest::addColumn<int>("toShift");
    QTest::addColumn<QString>("expected");

    QTest::newRow("whole name") << QStringLiteral("Marco Rubio") << 0 << 0 << QStringLiteral("Marco Rubio");
    QTest::newRow("parts of words") << QStringLiteral("Marco Rubio") << 1 << -2 << QStringLiteral("Marco Rubio");
    QTest::newRow("possessive") << QStringLiteral("Marco Rubio's") << 0 << 0 << QStringLiteral("Marco Rubio");
    QTest::newRow("typographic possessive") << QStringLiteral("Sheinbaum’s") << 0 << 0 << QStringLiteral("Sheinbaum");
    QTest::newRow("spaces around") << QStringLiteral(" visit ") << 0 << 0 << QStringLiteral("visit");
    QTest::newRow("dotted abbreviation keeps its stop") << QStringLiteral("U.S.") << 0 << 0 << QStringLiteral("U.S.");
    QTest::newRow("brackets") << QStringLiteral("(Washington)") << 0 << 0 << QStringLiteral("Washington");
    QTest::newRow("trailing comma") << QStringLiteral("office,") << 0 << 0 << QStringLiteral("office");
    QTest::newRow("final stop") << QStringLiteral("twice.") << 0 << 0 << QStringLiteral("twice");
}

void TestReaderPane::selectionSnapsToWords()
{
    QFETCH(QString, selected);
    QFETCH(int, fromShift);
    QFETCH(int, toShift);
    QFETCH(QString, expected);

    ReaderPane pane(*m_project);
    QVERIFY(pane.showSource(m_snapSourceId));
    const QString text = pane.text();
    const int at = int(text.indexOf(selected));
    QVERIFY(at >= 0);
    QTextCursor cursor = pane.view()->textCursor();
    cursor.setPosition(at + fromShift);
    cursor.setPosition(at + int(selected.size()) + toShift, QTextCursor::KeepAnchor);
    pane.view()->setTextCursor(cursor);
    const auto [start, end] = pane.selection();
    QCOMPARE(text.mid(start, end - start), expected);
    QCOMPARE(start, int(text.indexOf(expected, at - 1)));

    cursor.clearSelection();
    pane.view()->setTextCursor(cursor);
    QCOMPARE(pane.selection(), std::make_pair(cursor.position(), cursor.position()));
}

void TestReaderPane::findMarksEveryHit()
{
    ReaderPane pane(*m_project);
    pane.resize(900, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QVERIFY(pane.showSource(m_sourceId));
    pane.view()->setFocus();
    FindBar *bar = pane.findBar();
    QVERIFY(bar->isHidden());

    QTest::keyClick(pane.view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(bar->lineEdit()->hasFocus());
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("sheinbaum"));

    const QString text = body();
    const int expected = int(text.count(QStringLiteral("Sheinbaum"), Qt::CaseInsensitive));
    QVERIFY(expected >= 2);
    QCOMPARE(bar->hitCount(), expected);
    QCOMPARE(bar->statusText(), QStringLiteral("1 of %1").arg(expected));
    const QList<HighlightSpan> hits = bar->hits().spans(0, int(text.size()));
    QCOMPARE(hits.size(), expected);
    for (const HighlightSpan &hit : hits) {
        QCOMPARE(hit.style, HighlightSpan::Outline);
        QCOMPARE(text.mid(hit.start, hit.end - hit.start).toLower(), QStringLiteral("sheinbaum"));
    }
    const int first = int(text.indexOf(QStringLiteral("Sheinbaum"), 0, Qt::CaseInsensitive));
    QCOMPARE(pane.view()->textCursor().selectionStart(), first);

    // The second hit is framed on screen (the first is under the selection).
    QApplication::processEvents();
    const HighlightSpan second = bar->hits().allSpans().at(1);
    pane.view()->scrollToPosition(second.start);
    const QImage image = pane.grab().toImage();
    const QRect frame = characterRect(pane, second.start, second.end).adjusted(-3, -1, 3, 1);
    QVERIFY2(countNear(image, frame, pane.palette().color(QPalette::Highlight), 40) > 20,
             "the hit has no frame in the highlight colour");

    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(bar->statusText(), QStringLiteral("2 of %1").arg(expected));
    QCOMPARE(pane.view()->textCursor().selectionStart(), second.start);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->statusText(), QStringLiteral("1 of %1").arg(expected));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->statusText(), QStringLiteral("%1 of %1").arg(expected));

    bar->setCaseSensitive(true);
    QCOMPARE(bar->hitCount(), 0);
    QCOMPARE(bar->statusText(), QStringLiteral("No matches"));
    bar->setCaseSensitive(false);
    QCOMPARE(bar->hitCount(), expected);

    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(bar->isHidden());
    QCOMPARE(bar->hitCount(), 0);
    QTRY_VERIFY(pane.view()->hasFocus());
}

void TestReaderPane::confirmedMentionIsPaintedUnderTheText()
{
    ReaderPane pane(*m_project);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.showSource(m_sourceId));
    const int start = offsetOf(QStringLiteral("Claudia Sheinbaum"));
    pane.view()->scrollToPosition(start);
    QApplication::processEvents();

    // "Claudia" is on one line; compare it with a plain word of the same paragraph.
    const QRect mention = characterRect(pane, start, start + 7);
    QVERIFY(mention.width() > 10);
    const int plainStart = offsetOf(QStringLiteral("emphasized"));
    const QRect plain = characterRect(pane, plainStart, plainStart + 10);
    QVERIFY(plain.width() > 10);

    const QColor base = pane.view()->palette().color(QPalette::Base);
    const QColor tint = pane.mentions().confirmedColor(m_personType);
    QImage image = pane.grab().toImage();
    QCOMPARE(dominantColor(image, plain), base);
    const QColor painted = dominantColor(image, mention);
    QVERIFY2(painted != base, "the confirmed mention is not highlighted");
    QVERIFY2(near(painted, tint), qPrintable(painted.name() + QStringLiteral(" instead of ") + tint.name()));
    // The text is drawn over the tint: dark glyph pixels inside the mention.
    QVERIFY(countNear(image, mention, pane.view()->palette().color(QPalette::Text), 60) > 10);

    // Hiding the type takes the tint away.
    pane.setTypeVisible(QStringLiteral("Person"), false);
    image = pane.grab().toImage();
    QCOMPARE(dominantColor(image, mention), base);
    pane.setTypeVisible(QStringLiteral("Person"), true);
    image = pane.grab().toImage();
    QVERIFY(near(dominantColor(image, mention), tint));
}

void TestReaderPane::candidateIsUnderlinedAndHiddenTypesAreNot()
{
    ReaderPane pane(*m_project);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.showSource(m_sourceId));
    const int start = offsetOf(QStringLiteral("Marco Rubio"));
    pane.view()->scrollToPosition(start);
    QApplication::processEvents();

    const QRect rect = characterRect(pane, start, start + 5);
    const QColor underline = pane.mentions().candidateColor(m_personType);
    QImage image = pane.grab().toImage();
    // Dots along the bottom of the line, in the type colour; the background stays plain.
    const QRect bottom(rect.left(), rect.bottom() - rect.height() / 3, rect.width(), rect.height() / 3 + 1);
    QVERIFY2(countNear(image, bottom, underline, 40) >= 4, "no dotted underline under the candidate");
    QCOMPARE(dominantColor(image, rect), pane.view()->palette().color(QPalette::Base));

    pane.setTypeVisible(QStringLiteral("Person"), false);
    image = pane.grab().toImage();
    QCOMPARE(countNear(image, bottom, underline, 40), 0);
}

void TestReaderPane::reloadMentionsShowsANewAnnotation()
{
    ReaderPane pane(*m_project);
    QVERIFY(pane.showSource(m_sourceId));
    const int start = offsetOf(QStringLiteral("security"));
    QVERIFY(start > 0);
    QCOMPARE(pane.mentions().mentionAt(start), 0);

    // A new entity, which the pane has not seen, of a type other than the default.
    Entity topic;
    topic.typeId = m_placeType;
    topic.canonicalName = QStringLiteral("Security");
    const qint64 entityId = *m_project->entities().add(topic);
    Mention mention;
    mention.entityId = entityId;
    mention.sourceId = m_sourceId;
    mention.start = start;
    mention.end = start + 8;
    mention.status = Mention::Status::Confirmed;
    const qint64 id = *m_project->mentions().add(mention);

    pane.reloadMentions();
    QCOMPARE(pane.mentions().mentionAt(start + 3), id);
    QCOMPARE(pane.mentions().entry(id)->typeId, m_placeType);
    QCOMPARE(pane.mentions().spans(start, start + 1).first().color, pane.mentions().confirmedColor(m_placeType));

    QVERIFY(m_project->mentions().setStatus(id, Mention::Status::Rejected));
    pane.reloadMentions();
    QCOMPARE(pane.mentions().mentionAt(start + 3), 0);
    QVERIFY(m_project->mentions().remove(id));
    QVERIFY(m_project->entities().remove(entityId));
}

void TestReaderPane::largeSourceShowsAnEditAtOnceAndTheRestSoon()
{
    // 8,000 words, every other one a candidate mention: more than a pane reads at every edit.
    QString text;
    QList<int> starts;
    for (int i = 0; i < 8000; ++i) {
        starts << int(text.size());
        text += QStringLiteral("word%1").arg(i, 4, 10, QLatin1Char('0'));
        text += i % 16 == 15 ? QLatin1Char('\n') : QLatin1Char(' ');
    }
    const qint64 sourceId = SourceImporter(*m_project).importText(text, QStringLiteral("Many mentions")).sourceId;
    QVERIFY(sourceId > 0);
    Entity entity;
    entity.typeId = m_personType;
    entity.canonicalName = QStringLiteral("Word");
    const qint64 entityId = *m_project->entities().add(entity);
    QList<Mention> mentions;
    for (int i = 0; i < starts.size(); i += 2) {
        Mention mention;
        mention.entityId = entityId;
        mention.sourceId = sourceId;
        mention.start = starts.at(i);
        mention.end = starts.at(i) + 8;
        mentions << mention;
    }
    QVERIFY(m_project->mentions().addAll(mentions));

    ReaderPane pane(*m_project);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.showSource(sourceId));
    QCOMPARE(pane.mentions().size(), 4000);
    QVERIFY(!pane.isReloadPending());

    const auto add = [&](int word) {
        Mention mention;
        mention.entityId = entityId;
        mention.sourceId = sourceId;
        mention.start = starts.at(word);
        mention.end = starts.at(word) + 8;
        mention.status = Mention::Status::Confirmed;
        return *m_project->mentions().add(mention);
    };
    const qint64 onScreen = add(3);
    const qint64 farAway = add(7001);
    QVERIFY(pane.view()->visibleRange().second < starts.at(7001));
    QVERIFY(m_project->mentions().setStatus(pane.mentions().mentionAt(starts.at(0)), Mention::Status::Rejected));

    pane.reloadMentions();
    QCOMPARE(pane.mentions().mentionAt(starts.at(3)), onScreen);
    QCOMPARE(pane.mentions().mentionAt(starts.at(0)), 0); // rejected, on screen
    QVERIFY(pane.isReloadPending());
    QTRY_VERIFY(!pane.isReloadPending());
    QCOMPARE(pane.mentions().mentionAt(starts.at(7001)), farAway);
    QCOMPARE(pane.mentions().size(), 4002);
    QVERIFY(m_project->entities().remove(entityId));
}

void TestReaderPane::revealRangeScrollsAndSelects()
{
    ReaderPane pane(*m_project);
    pane.resize(700, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.showSource(m_longSourceId));
    QCOMPARE(pane.view()->verticalScrollBar()->value(), 0);

    const QString marker = QStringLiteral("Paragraph 350 ");
    const int start = int(pane.text().indexOf(marker));
    QVERIFY(start > 0);
    QVERIFY(pane.view()->visibleRange().second < start);
    pane.revealRange(start, int(marker.size()) - 1);
    QCOMPARE(pane.view()->textCursor().selectionStart(), start);
    QCOMPARE(pane.view()->textCursor().selectionEnd(), start + int(marker.size()) - 1);
    const auto [first, last] = pane.view()->visibleRange();
    QVERIFY2(first <= start && start < last, qPrintable(QStringLiteral("%1..%2").arg(first).arg(last)));
    QVERIFY(pane.view()->verticalScrollBar()->value() > 0);

    // Back near the top, without selecting.
    pane.view()->revealRange(10, 20, false);
    QVERIFY(pane.view()->visibleRange().first <= 10);
    QCOMPARE(pane.view()->textCursor().selectionStart(), start);
}

void TestReaderPane::headerElidesAndNeverClips()
{
    const QString title = QStringLiteral("An exceptionally long headline about the security talks between the United "
                                         "States and Mexico that no narrow pane can show in full");
    const qint64 id = SourceImporter(*m_project).importText(QStringLiteral("Short body."), title).sourceId;
    QVERIFY(id > 0);

    ReaderPane pane(*m_project);
    pane.resize(320, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.showSource(id));
    QApplication::processEvents();
    ElidedLabel *label = pane.titleLabel();
    QVERIFY(label->isElided());
    QVERIFY(label->text().endsWith(QStringLiteral("…")));
    QCOMPARE(label->toolTip(), title);
    QVERIFY(label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width());
    QVERIFY(label->height() >= label->fontMetrics().height());
    QVERIFY(label->geometry().right() < pane.width());
    QVERIFY(pane.detailsLabel()->height() >= pane.detailsLabel()->fontMetrics().height());

    pane.resize(2400, 400);
    QApplication::processEvents();
    QVERIFY(!label->isElided());
    QCOMPARE(label->text(), title);
    QVERIFY(label->toolTip().isEmpty());
}

void TestReaderPane::zoomKeysChangeTheTextSizeAndAreRemembered()
{
    ReaderPane pane(*m_project);
    pane.show();
    QVERIFY(pane.showSource(m_sourceId));
    ReaderView *view = pane.view();
    const qreal normal = view->font().pointSizeF();
    QSignalSpy zoomed(view, &ReaderView::zoomChanged);

    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(view->zoomSteps(), 1);
    QVERIFY(view->font().pointSizeF() > normal);
    QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(view->zoomSteps(), 2);
    QCOMPARE(QSettings().value(QStringLiteral("reader/zoomSteps")).toInt(), 2);
    QCOMPARE(zoomed.count(), 2);

    ReaderView another;
    QCOMPARE(another.zoomSteps(), 2);
    QCOMPARE(another.font().pointSizeF(), view->font().pointSizeF());

    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(view->zoomSteps(), 1);
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view->zoomSteps(), 0);
    QCOMPARE(view->font().pointSizeF(), normal);
    QCOMPARE(QSettings().value(QStringLiteral("reader/zoomSteps")).toInt(), 0);

    for (int i = 0; i < 40; ++i)
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(view->zoomSteps(), ReaderView::minimumZoom);
    QVERIFY(view->font().pointSizeF() >= 5);
    view->resetZoom();
}

void TestReaderPane::columnIsCentredAtAReadableWidth()
{
    ReaderPane pane(*m_project);
    pane.resize(1600, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.showSource(m_longSourceId));
    QApplication::processEvents();
    ReaderView *view = pane.view();
    const QRect viewport = view->viewport()->geometry();
    const int leftMargin = viewport.left();
    const int rightMargin = view->width() - viewport.right() - 1 - view->verticalScrollBar()->width();
    QVERIFY2(leftMargin > 100, qPrintable(QString::number(leftMargin)));
    QVERIFY(std::abs(leftMargin - rightMargin) <= view->verticalScrollBar()->sizeHint().width() + 2);

    // The longest line holds about 75 characters.
    int longest = 0;
    for (QTextBlock block = view->document()->firstBlock(); block.isValid() && block.blockNumber() < 20;
         block = block.next()) {
        view->cursorRect(QTextCursor(block)); // lays the block out
        for (int i = 0; i < block.layout()->lineCount(); ++i)
            longest = std::max(longest, block.layout()->lineAt(i).textLength());
    }
    QVERIFY2(longest >= 60 && longest <= 90, qPrintable(QString::number(longest)));

    // A narrow pane uses all its width.
    pane.resize(400, 600);
    QApplication::processEvents();
    QCOMPARE(view->viewport()->geometry().left(), 0);
}

void TestReaderPane::shortTextWrapsInsideTheColumn()
{
    // Too short for a scroll bar, whose coming would lay the text out again anyway.
    const QString sentence = QStringLiteral("A single paragraph long enough to need several lines in a column of "
                                            "readable width, and no more than that, so that nothing scrolls.");
    const qint64 id = SourceImporter(*m_project).importText(sentence, QStringLiteral("Short")).sourceId;
    ReaderPane pane(*m_project);
    pane.resize(1400, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.showSource(id));
    QApplication::processEvents();
    ReaderView *view = pane.view();
    QVERIFY(view->viewport()->geometry().left() > 100);
    const QTextBlock block = view->document()->firstBlock();
    view->cursorRect(QTextCursor(block));
    QVERIFY(block.layout()->lineCount() >= 2);
    for (int i = 0; i < block.layout()->lineCount(); ++i) {
        const QTextLine line = block.layout()->lineAt(i);
        QVERIFY2(line.x() + line.naturalTextWidth() <= view->viewport()->width(),
                 qPrintable(QStringLiteral("line %1 is %2 wide in %3")
                                .arg(i)
                                .arg(line.naturalTextWidth())
                                .arg(view->viewport()->width())));
    }
}

void TestReaderPane::paragraphsHaveRoomBetweenThem()
{
    ReaderPane pane(*m_project);
    pane.resize(1600, 600);
    pane.show();
    QVERIFY(pane.showSource(m_sourceId));
    QApplication::processEvents();
    const QTextBlock block = pane.view()->document()->firstBlock();
    QVERIFY(block.next().isValid());
    const QRectF first = pane.view()->document()->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    QVERIFY(layout->lineCount() >= 1);
    const qreal linesHeight = layout->lineAt(layout->lineCount() - 1).rect().bottom();
    QVERIFY2(first.height() > linesHeight + 4,
             qPrintable(QStringLiteral("%1 vs %2").arg(first.height()).arg(linesHeight)));

    // The next paragraph starts below that room, where the view draws it.
    QTextCursor cursor(block.next());
    const int firstTop = pane.view()->cursorRect(QTextCursor(block)).top();
    QVERIFY(pane.view()->cursorRect(cursor).top() >= firstTop + first.height() - 1);
}

void TestReaderPane::pointerBesideTheColumnActsOnTheText()
{
    ReaderPane pane(*m_project);
    pane.resize(1600, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.showSource(m_longSourceId));
    QApplication::processEvents();
    ReaderView *view = pane.view();
    const QRect column = view->viewport()->geometry();
    QVERIFY(column.left() > 100);

    // A click in the left margin puts the cursor at the start of the line beside it.
    const QTextBlock third = view->document()->findBlockByNumber(2);
    const QRect line = view->cursorRect(QTextCursor(third));
    const QPoint beside(column.left() / 2, column.top() + line.center().y());
    QTest::mouseClick(view, Qt::LeftButton, {}, beside);
    QCOMPARE(view->textCursor().position(), third.position());

    // The wheel scrolls there too.
    QScrollBar *bar = view->verticalScrollBar();
    QCOMPARE(bar->value(), 0);
    QWheelEvent wheel(QPointF(beside), QPointF(view->mapToGlobal(beside)), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &wheel);
    QVERIFY(bar->value() > 0);

    // Events the text leaves unhandled (a right press) go up, not round in circles.
    QTest::mousePress(view->viewport(), Qt::RightButton, {}, QPoint(10, 10));
    QTest::mouseRelease(view->viewport(), Qt::RightButton, {}, QPoint(10, 10));
    QTest::mousePress(view, Qt::MiddleButton, {}, beside);
    QTest::mouseRelease(view, Qt::MiddleButton, {}, beside);
}

void TestReaderPane::hoverShowsTheEntityCard()
{
    ReaderPane pane(*m_project);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QVERIFY(pane.showSource(m_sourceId));
    const int start = offsetOf(QStringLiteral("Claudia Sheinbaum"));
    pane.view()->scrollToPosition(start);
    QApplication::processEvents();

    QTextCursor cursor(pane.view()->document());
    cursor.setPosition(start + 3);
    const QPoint point = pane.view()->cursorRect(cursor).center() + QPoint(2, 0);
    QCOMPARE(pane.view()->characterAt(point), start + 3);
    QHelpEvent help(QEvent::ToolTip, point, pane.view()->viewport()->mapToGlobal(point));
    QApplication::sendEvent(pane.view()->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString card = QToolTip::text();
    QVERIFY2(card.contains(QStringLiteral("Claudia Sheinbaum")), qPrintable(card));
    QVERIFY(card.contains(QStringLiteral("Person")));
    QVERIFY(card.contains(QStringLiteral("President-elect Sheinbaum")));
    QVERIFY(card.contains(QStringLiteral("President of Mexico, from 1 Oct 2024")));
    QVERIFY(card.contains(QStringLiteral("1 mention")));
    QToolTip::hideText();

    // Plain text shows no card.
    const int plain = offsetOf(QStringLiteral("emphasized"));
    cursor.setPosition(plain + 3);
    const QPoint away = pane.view()->cursorRect(cursor).center();
    QCOMPARE(pane.view()->mentionHighlighter()->mentionAt(pane.view()->characterAt(away)), 0);
    QHelpEvent none(QEvent::ToolTip, away, pane.view()->viewport()->mapToGlobal(away));
    QApplication::sendEvent(pane.view()->viewport(), &none);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestReaderPane::timeExpressionsHaveACardAndKeys()
{
    const QString words = QStringLiteral("next week");
    const int start = offsetOf(words);
    QVERIFY(start >= 0);
    Timex proposal;
    proposal.sourceId = m_sourceId;
    proposal.start = start;
    proposal.end = start + int(words.size());
    proposal.value = QStringLiteral("2025-W06");
    proposal.resolved = TimeValue::between(QDateTime(QDate(2025, 2, 3), QTime(0, 0), QTimeZone::utc()),
                                           QDateTime(QDate(2025, 2, 9), QTime(23, 59, 59), QTimeZone::utc()));
    const Result<qint64> added = m_project->timexes().add(proposal);
    QVERIFY(added);
    const qint64 timexId = *added;
    const auto removeAgain = qScopeGuard([&] { QVERIFY(m_project->timexes().remove(timexId)); });

    ReaderPane pane(*m_project);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QVERIFY(pane.showSource(m_sourceId));
    QSignalSpy acceptTime(&pane, &ReaderPane::acceptTimeRequested);
    QSignalSpy rejectTime(&pane, &ReaderPane::rejectTimeRequested);
    QSignalSpy acceptMention(&pane, &ReaderPane::acceptRequested);

    // The card says the words, their kind, the time they were read as and the anchor.
    pane.view()->scrollToPosition(start);
    QApplication::processEvents();
    QTextCursor cursor(pane.view()->document());
    cursor.setPosition(start + 2);
    const QPoint point = pane.view()->cursorRect(cursor).center() + QPoint(2, 0);
    QCOMPARE(pane.view()->characterAt(point), start + 2);
    QHelpEvent help(QEvent::ToolTip, point, pane.view()->viewport()->mapToGlobal(point));
    QApplication::sendEvent(pane.view()->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString card = QToolTip::text();
    QVERIFY2(card.contains(QStringLiteral("\u201cnext week\u201d")), qPrintable(card));
    QVERIFY(card.contains(QStringLiteral("Date")));
    QVERIFY(card.contains(QStringLiteral("Enter accepts")));
    QVERIFY(card.contains(TimeValueText::describe(proposal.resolved).toHtmlEscaped()));
    QVERIFY(card.contains(QStringLiteral("2025-W06")));
    QToolTip::hideText();

    // Enter accepts the proposal under the cursor, Delete rejects it; no mention is asked for.
    QTextCursor at = pane.view()->textCursor();
    at.setPosition(start + 4);
    pane.view()->setTextCursor(at);
    QCOMPARE(pane.timeAtCursor(), timexId);
    QCOMPARE(pane.timeQuote(timexId), words);
    QTest::keyClick(pane.view(), Qt::Key_Return);
    QCOMPARE(acceptTime.count(), 1);
    QCOMPARE(acceptTime.first().first().toLongLong(), timexId);
    QTest::keyClick(pane.view(), Qt::Key_Delete);
    QCOMPARE(rejectTime.count(), 1);
    QCOMPARE(rejectTime.first().first().toLongLong(), timexId);
    QCOMPARE(acceptMention.count(), 0);

    // An accepted time has nothing to accept, and still rejects; its card says so.
    QVERIFY(m_project->timexes().setStatus(timexId, Mention::Status::Confirmed));
    pane.reloadAllMentions();
    QTest::keyClick(pane.view(), Qt::Key_Return);
    QCOMPARE(acceptTime.count(), 1);
    QTest::keyClick(pane.view(), Qt::Key_Delete);
    QCOMPARE(rejectTime.count(), 2);
    QVERIFY(pane.timeCard(timexId)->toHtml().contains(QStringLiteral("accepted")));

    // A rejected time is not shown: no card, no keys.
    QVERIFY(m_project->timexes().setStatus(timexId, Mention::Status::Rejected));
    pane.reloadAllMentions();
    QCOMPARE(pane.timeAtCursor(), 0);
    QVERIFY(!pane.timeCard(timexId));
    QTest::keyClick(pane.view(), Qt::Key_Delete);
    QCOMPARE(rejectTime.count(), 2);
}

void TestReaderPane::contextMenuHasTheOwnersActions()
{
    ReaderPane pane(*m_project);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QVERIFY(pane.showSource(m_sourceId));
    QAction accept(QStringLiteral("Accept mention"));
    pane.setContextActions({ &accept });

    const int start = offsetOf(QStringLiteral("Marco Rubio"));
    QTextCursor cursor(pane.view()->document());
    cursor.setPosition(start + 2);
    const QPoint point = pane.view()->cursorRect(cursor).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, pane.view()->viewport()->mapToGlobal(point));
    QApplication::sendEvent(pane.view()->viewport(), &event);

    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
    QVERIFY(menu->actions().contains(&accept));
    QVERIFY(std::any_of(menu->actions().cbegin(), menu->actions().cend(),
                        [](const QAction *action) { return action->text().contains(QStringLiteral("Copy")); }));
    // The click moved the cursor onto the mention the actions will act on.
    QCOMPARE(pane.mentionAtCursor(), m_rubioMention);
    menu->close();
}

void TestReaderPane::clicksAndFocusActivateThePane()
{
    QWidget window;
    auto *first = new ReaderPane(*m_project, &window);
    auto *second = new ReaderPane(*m_project, &window);
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(first);
    layout->addWidget(second);
    window.resize(1200, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(first->showSource(m_sourceId));
    QVERIFY(second->showSource(m_longSourceId));

    QSignalSpy activated(second, &ReaderPane::activated);
    QTest::mouseClick(second->view()->viewport(), Qt::LeftButton, {}, QPoint(40, 40));
    QVERIFY(activated.count() >= 1);
    QCOMPARE(activated.last().first().value<ReaderPane *>(), second);

    QSignalSpy firstActivated(first, &ReaderPane::activated);
    first->view()->setFocus();
    QTRY_VERIFY(firstActivated.count() >= 1);
}

void TestReaderPane::closeButtonAsksToClose()
{
    ReaderPane pane(*m_project);
    pane.show();
    QVERIFY(pane.showSource(m_sourceId));
    QToolButton *close = nullptr;
    for (QToolButton *button : pane.findChildren<QToolButton *>()) {
        if (button->toolTip() == QStringLiteral("Close this pane"))
            close = button;
    }
    QVERIFY(close);
    QSignalSpy closing(&pane, &ReaderPane::closeRequested);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(closing.count(), 1);
}

QTEST_MAIN(TestReaderPane)
#include "tst_readerpane.moc"
