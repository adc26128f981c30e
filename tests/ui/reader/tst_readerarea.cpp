// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "ingest/SourceImporter.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/ProjectSignals.h"
#include "storage/SourceRepository.h"
#include "ui/reader/ReaderArea.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/ReaderView.h"
#include "ui/widgets/ElidedLabel.h"

#include <QAction>
#include <QApplication>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

namespace {

const QStringList sharedSentences = {
    QStringLiteral("Rubio met Sheinbaum at the National Palace on Thursday morning."),
    QStringLiteral("The two governments agreed to share intelligence on fentanyl laboratories."),
    QStringLiteral("Officials said a joint working group would report within ninety days."),
};

// Paragraphs of filler with the shared sentences at the given paragraphs; no word of
// the filler is in another report.
QString report(const QString &topic, int paragraphs, const QList<int> &sharedAt)
{
    QString text;
    for (int i = 0; i < paragraphs; ++i) {
        for (int word = 0; word < 12; ++word)
            text += topic + QString::number(i * 12 + word) + (word == 11 ? QStringLiteral(". ") : QStringLiteral(" "));
        const int shared = int(sharedAt.indexOf(i));
        if (shared >= 0)
            text += sharedSentences.at(shared);
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

class TestReaderArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void startsWithOneEmptyPane();
    void opensUpToThreePanesSideBySide();
    void closingPanesKeepsOne();
    void swapPanesExchangesNeighbours();
    void currentPaneFollowsClicks();
    void syncScrollingMovesTheOtherPanes();
    void compareModeMarksSharedPassages();
    void compareModeShowsThePartnerPassage();
    void restoresTheOpenSources();
    void reloadsPanesShowingAChangedSource();
    void projectSignalsKeepPanesCurrent();
    void zoomIsSharedByThePanes();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QList<qint64> m_sources; // four short sources
    qint64 m_longA = 0;
    qint64 m_longB = 0;
};

void TestReaderArea::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto created = Project::create(m_dir.filePath(QStringLiteral("area.annalist")));
    QVERIFY(created);
    m_project = std::move(*created);
    SourceImporter importer(*m_project);
    for (int i = 0; i < 4; ++i) {
        const ImportOutcome outcome = importer.importText(
            QStringLiteral("Brief %1 on the talks.\nNothing in it is shared with the others, number %1.\n").arg(i),
            QStringLiteral("Brief %1").arg(i));
        QCOMPARE(outcome.kind, ImportOutcome::Kind::Imported);
        m_sources << outcome.sourceId;
    }
    m_longA
        = importer.importText(report(QStringLiteral("Agency"), 120, { 10, 60, 110 }), QStringLiteral("Agency report"))
              .sourceId;
    m_longB = importer.importText(report(QStringLiteral("Paper"), 80, { 70, 5, 40 }), QStringLiteral("Paper report"))
                  .sourceId;
    QVERIFY(m_longA > 0 && m_longB > 0);
}

void TestReaderArea::cleanupTestCase()
{
    m_project.reset();
}

void TestReaderArea::startsWithOneEmptyPane()
{
    ReaderArea area(*m_project);
    QCOMPARE(area.panes().size(), 1);
    QCOMPARE(area.currentPane(), area.panes().first());
    QCOMPARE(area.currentPane()->sourceId(), 0);
    QVERIFY(area.openSourceIds().isEmpty());
}

void TestReaderArea::opensUpToThreePanesSideBySide()
{
    ReaderArea area(*m_project);
    area.resize(1500, 700);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QSignalSpy added(&area, &ReaderArea::paneAdded);
    QSignalSpy current(&area, &ReaderArea::currentPaneChanged);

    ReaderPane *first = area.openSource(m_sources.at(0));
    QVERIFY(first);
    QCOMPARE(area.panes().size(), 1); // the empty pane is used
    QCOMPARE(added.count(), 0);
    // Without "new pane" the current pane changes its source.
    QCOMPARE(area.openSource(m_sources.at(1)), first);
    QCOMPARE(area.openSourceIds(), (QList<qint64> { m_sources.at(1) }));

    ReaderPane *second = area.openSource(m_sources.at(2), true);
    QVERIFY(second && second != first);
    QCOMPARE(area.currentPane(), second);
    QCOMPARE(current.last().first().value<ReaderPane *>(), second);
    ReaderPane *third = area.openSource(m_sources.at(3), true);
    QCOMPARE(area.panes(), (QList<ReaderPane *> { first, second, third }));
    QCOMPARE(added.count(), 2);
    QCOMPARE(area.openSourceIds(), (QList<qint64> { m_sources.at(1), m_sources.at(2), m_sources.at(3) }));

    // A fourth replaces the current pane's source.
    QCOMPARE(area.openSource(m_sources.at(0), true), third);
    QCOMPARE(area.panes().size(), ReaderArea::maximumPanes);
    QCOMPARE(area.openSourceIds(), (QList<qint64> { m_sources.at(1), m_sources.at(2), m_sources.at(0) }));

    // Side by side, in equal shares.
    QApplication::processEvents();
    const QList<int> sizes = area.splitter()->sizes();
    QCOMPARE(sizes.size(), 3);
    QVERIFY(*std::max_element(sizes.cbegin(), sizes.cend()) - *std::min_element(sizes.cbegin(), sizes.cend()) <= 2);
    QVERIFY(first->geometry().right() < second->geometry().left());

    // A source that cannot be read opens nothing.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot show source")));
    QCOMPARE(area.openSource(424242, true), nullptr);
    QCOMPARE(area.panes().size(), 3);
}

void TestReaderArea::closingPanesKeepsOne()
{
    ReaderArea area(*m_project);
    area.resize(1200, 600);
    area.show();
    ReaderPane *first = area.openSource(m_sources.at(0));
    ReaderPane *second = area.openSource(m_sources.at(1), true);
    ReaderPane *third = area.openSource(m_sources.at(2), true);
    QCOMPARE(area.currentPane(), third);

    QPointer<ReaderPane> closed = third;
    area.closePane(third);
    QCOMPARE(area.panes(), (QList<ReaderPane *> { first, second }));
    QCOMPARE(area.currentPane(), second);
    QTRY_VERIFY(closed.isNull());

    // Through the pane's own close button signal.
    emit first->closeRequested();
    QCOMPARE(area.panes(), (QList<ReaderPane *> { second }));
    QCOMPARE(area.currentPane(), second);

    area.closePane(second);
    QCOMPARE(area.panes(), (QList<ReaderPane *> { second }));
    QCOMPARE(second->sourceId(), 0);
    QVERIFY(area.openSourceIds().isEmpty());
}

void TestReaderArea::swapPanesExchangesNeighbours()
{
    ReaderArea area(*m_project);
    area.resize(1200, 600);
    area.show();
    area.openSource(m_sources.at(0));
    ReaderPane *second = area.openSource(m_sources.at(1), true);
    area.swapPanes();
    QCOMPARE(area.openSourceIds(), (QList<qint64> { m_sources.at(1), m_sources.at(0) }));
    QCOMPARE(area.currentPane(), second);
    QCOMPARE(area.panes().first(), second);
    area.swapPanes();
    QCOMPARE(area.openSourceIds(), (QList<qint64> { m_sources.at(0), m_sources.at(1) }));

    area.openSource(m_sources.at(2), true);
    area.setCurrentPane(area.panes().at(0));
    area.swapPanes();
    QCOMPARE(area.openSourceIds(), (QList<qint64> { m_sources.at(1), m_sources.at(0), m_sources.at(2) }));
}

void TestReaderArea::currentPaneFollowsClicks()
{
    ReaderArea area(*m_project);
    area.resize(1200, 600);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    ReaderPane *first = area.openSource(m_sources.at(0));
    ReaderPane *second = area.openSource(m_sources.at(1), true);
    QCOMPARE(area.currentPane(), second);
    QVERIFY(second->isCurrent());
    QVERIFY(!first->isCurrent());

    QSignalSpy current(&area, &ReaderArea::currentPaneChanged);
    QTest::mouseClick(first->view()->viewport(), Qt::LeftButton, {}, QPoint(30, 20));
    QCOMPARE(area.currentPane(), first);
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.first().first().value<ReaderPane *>(), first);
    QVERIFY(first->isCurrent());
    QVERIFY(!second->isCurrent());
}

void TestReaderArea::syncScrollingMovesTheOtherPanes()
{
    ReaderArea area(*m_project);
    area.resize(1200, 500);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    ReaderPane *a = area.openSource(m_longA);
    ReaderPane *b = area.openSource(m_longB, true);
    QApplication::processEvents();
    QScrollBar *barA = a->view()->verticalScrollBar();
    QScrollBar *barB = b->view()->verticalScrollBar();
    QVERIFY(barA->maximum() > 50 && barB->maximum() > 50);

    // Off: the other pane stays where it is.
    barA->setValue(barA->maximum() / 2);
    QCOMPARE(barB->value(), 0);

    // Close, not exact: the view lays out lazily, so the line count grows while it scrolls.
    const auto together = [&] {
        const double ratioA = double(barA->value()) / barA->maximum();
        const double ratioB = double(barB->value()) / barB->maximum();
        return std::abs(ratioA - ratioB) < 0.1;
    };
    area.setSyncScrolling(true);
    QVERIFY(area.syncScrolling());
    barA->setValue(barA->maximum() / 2);
    QVERIFY2(together(),
             qPrintable(QStringLiteral("%1 of %2 beside %3 of %4")
                            .arg(barB->value())
                            .arg(barB->maximum())
                            .arg(barA->value())
                            .arg(barA->maximum())));
    // Either pane leads.
    barB->setValue(barB->maximum());
    QCOMPARE(barA->value(), barA->maximum());
    // Real scrolling, by keyboard.
    barA->setValue(0);
    QCOMPARE(barB->value(), 0);
    a->view()->setFocus();
    QTest::keyClick(a->view(), Qt::Key_PageDown);
    QTest::keyClick(a->view(), Qt::Key_PageDown);
    QVERIFY(barA->value() > 0);
    QVERIFY(barB->value() > 0);

    area.setSyncScrolling(false);
    const int before = barB->value();
    barA->setValue(0);
    QCOMPARE(barB->value(), before);
}

void TestReaderArea::compareModeMarksSharedPassages()
{
    ReaderArea area(*m_project);
    area.resize(1200, 600);
    area.show();
    ReaderPane *a = area.openSource(m_longA);
    ReaderPane *b = area.openSource(m_longB, true);
    QVERIFY(a->comparedPassages().isEmpty());

    QSignalSpy compared(&area, &ReaderArea::comparisonChanged);
    area.setCompareMode(true);
    QVERIFY(area.compareMode());
    QCOMPARE(compared.count(), 1);
    QCOMPARE(compared.first().first().toInt(), 6);

    // Exactly the shared sentences are marked, in both panes, beside the text.
    for (ReaderPane *pane : { a, b }) {
        const QList<HighlightSpan> &marks = pane->comparedPassages().allSpans();
        QCOMPARE(marks.size(), 3);
        QStringList marked;
        for (const HighlightSpan &mark : marks) {
            QCOMPARE(mark.style, HighlightSpan::Margin);
            marked << pane->text().mid(mark.start, mark.end - mark.start);
        }
        marked.sort();
        QStringList expected = sharedSentences;
        expected.sort();
        QCOMPARE(marked, expected);
    }
    // Each pane's marks take the colour of the other pane.
    const QColor inA = a->comparedPassages().allSpans().first().color;
    const QColor inB = b->comparedPassages().allSpans().first().color;
    QVERIFY(inA.rgb() != inB.rgb());
    const QList<PassageMatch> &matches = area.comparison(a, b);
    QCOMPARE(matches.size(), 3);
    QCOMPARE(a->text().mid(matches.first().aStart, matches.first().aEnd - matches.first().aStart),
             b->text().mid(matches.first().bStart, matches.first().bEnd - matches.first().bStart));

    // A third pane is compared with both: showing the same text as a, all its sentences match a's.
    ReaderPane *c = area.openSource(m_longA, true);
    const qsizetype sentences = PassageSimilarity::sentences(a->text()).size();
    QCOMPARE(c->comparedPassages().size(), sentences + 3);
    QCOMPARE(a->comparedPassages().size(), sentences + 3);
    QCOMPARE(b->comparedPassages().size(), 3 + 3);

    area.setCompareMode(false);
    QVERIFY(a->comparedPassages().isEmpty());
    QVERIFY(b->comparedPassages().isEmpty());
    QVERIFY(c->comparedPassages().isEmpty());
}

void TestReaderArea::compareModeShowsThePartnerPassage()
{
    ReaderArea area(*m_project);
    area.resize(1200, 400);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    ReaderPane *a = area.openSource(m_longA);
    ReaderPane *b = area.openSource(m_longB, true);
    area.setCompareMode(true);
    area.setCurrentPane(a);
    QApplication::processEvents();
    QCOMPARE(b->view()->verticalScrollBar()->value(), 0);

    // The cursor goes into a's last shared sentence; b shows that sentence, which it has early on.
    const QString sentence = sharedSentences.at(2);
    QTextCursor cursor = a->view()->textCursor();
    cursor.setPosition(int(a->text().indexOf(sentence)) + 5);
    a->view()->setTextCursor(cursor);
    const int inB = int(b->text().indexOf(sentence));
    const auto [first, last] = b->view()->visibleRange();
    QVERIFY2(first <= inB && inB < last, qPrintable(QStringLiteral("%1 not in %2..%3").arg(inB).arg(first).arg(last)));
    QVERIFY(b->view()->verticalScrollBar()->value() > 0);
    // b's cursor did not move: only a view.
    QCOMPARE(b->view()->textCursor().position(), 0);
}

void TestReaderArea::restoresTheOpenSources()
{
    QList<qint64> saved;
    {
        ReaderArea area(*m_project);
        area.openSource(m_sources.at(2));
        area.openSource(m_sources.at(0), true);
        saved = area.openSourceIds();
    }
    ReaderArea area(*m_project);
    area.openSource(m_sources.at(3));
    area.openSource(m_sources.at(1), true);
    area.openSource(m_sources.at(1), true);
    area.restoreSources(saved);
    QCOMPARE(area.openSourceIds(), saved);
    QCOMPARE(area.panes().size(), 2);
    area.restoreSources({});
    QVERIFY(area.openSourceIds().isEmpty());
    QCOMPARE(area.panes().size(), 1);
}

void TestReaderArea::reloadsPanesShowingAChangedSource()
{
    ReaderArea area(*m_project);
    ReaderPane *a = area.openSource(m_sources.at(0));
    ReaderPane *b = area.openSource(m_sources.at(1), true);
    const qint64 person = m_project->entities().findType(QStringLiteral("Person"))->id;
    Entity entity;
    entity.typeId = person;
    entity.canonicalName = QStringLiteral("Brief writer");
    const qint64 entityId = *m_project->entities().add(entity);
    Mention mention;
    mention.entityId = entityId;
    mention.sourceId = m_sources.at(0);
    mention.start = 0;
    mention.end = 5;
    const qint64 id = *m_project->mentions().add(mention);

    area.reloadMentions(m_sources.at(1));
    QCOMPARE(a->mentions().size(), 0);
    area.reloadMentions(m_sources.at(0));
    QCOMPARE(a->mentions().size(), 1);
    QCOMPARE(b->mentions().size(), 0);

    area.setTypeVisible(QStringLiteral("Person"), false);
    QVERIFY(!a->isTypeVisible(QStringLiteral("Person")));
    QVERIFY(!b->isTypeVisible(QStringLiteral("Person")));
    QCOMPARE(a->mentions().mentionAt(1), 0);
    area.setTypeVisible(QStringLiteral("Person"), true);
    QCOMPARE(a->mentions().mentionAt(1), id);

    QAction action(QStringLiteral("Accept"));
    area.setContextActions({ &action });
    QCOMPARE(a->view()->contextActions(), (QList<QAction *> { &action }));
    QCOMPARE(area.openSource(m_sources.at(2), true)->view()->contextActions(), (QList<QAction *> { &action }));

    QVERIFY(m_project->mentions().remove(id));
    QVERIFY(m_project->entities().remove(entityId));
}

void TestReaderArea::projectSignalsKeepPanesCurrent()
{
    ProjectSignals projectSignals;
    ReaderArea area(*m_project);
    area.followProjectSignals(&projectSignals);
    ReaderPane *pane = area.openSource(m_sources.at(3));

    const qint64 place = m_project->entities().findType(QStringLiteral("Place"))->id;
    Entity entity;
    entity.typeId = place;
    entity.canonicalName = QStringLiteral("The talks");
    const qint64 entityId = *m_project->entities().add(entity);
    Mention mention;
    mention.entityId = entityId;
    mention.sourceId = m_sources.at(3);
    mention.start = 8;
    mention.end = 14;
    const qint64 id = *m_project->mentions().add(mention);
    QCOMPARE(pane->mentions().size(), 0);
    emit projectSignals.mentionsChanged(m_sources.at(3));
    QCOMPARE(pane->mentions().size(), 1);

    // A new type for the entity changes its colour once entities change.
    const qint64 person = m_project->entities().findType(QStringLiteral("Person"))->id;
    QVERIFY(m_project->entities().setType(entityId, person));
    QCOMPARE(pane->mentions().entry(id)->typeId, place);
    emit projectSignals.entitiesChanged();
    QCOMPARE(pane->mentions().entry(id)->typeId, person);

    QVERIFY(m_project->sources().setReliability(m_sources.at(3), ReliabilityGrade::C));
    emit projectSignals.sourcesChanged();
    QVERIFY(pane->detailsLabel()->fullText().contains(QStringLiteral("grade C")));

    QVERIFY(m_project->sources().setReliability(m_sources.at(3), ReliabilityGrade::Unrated));
    QVERIFY(m_project->mentions().remove(id));
    QVERIFY(m_project->entities().remove(entityId));
}

void TestReaderArea::zoomIsSharedByThePanes()
{
    QSettings().remove(QStringLiteral("reader"));
    ReaderArea area(*m_project);
    ReaderPane *a = area.openSource(m_sources.at(0));
    ReaderPane *b = area.openSource(m_sources.at(1), true);
    a->view()->zoomInText();
    QCOMPARE(b->view()->zoomSteps(), 1);
    ReaderPane *c = area.openSource(m_sources.at(2), true);
    QCOMPARE(c->view()->zoomSteps(), 1);
    c->view()->resetZoom();
    QCOMPARE(a->view()->zoomSteps(), 0);
}

QTEST_MAIN(TestReaderArea)
#include "tst_readerarea.moc"
