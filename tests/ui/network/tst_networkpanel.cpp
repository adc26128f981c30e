// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkFixture.h"

#include "network/NetworkPositionStore.h"
#include "ui/network/NetworkItems.h"
#include "ui/network/NetworkPanel.h"
#include "ui/network/NetworkView.h"
#include "ui/theming/ReaderTheme.h"
#include "ui/widgets/ChronologyFilterBar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace annalist;
using namespace annalist::test;

// The link chart panel in a real window, offscreen, on a real project: laid out on the
// worker thread, positions kept, keyboard access, passages of a link opening in the
// reader, the time slider, hiding and merging, the theme's colours.
class TestNetworkPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_case.fill());
        m_panel = std::make_unique<NetworkPanel>();
        m_panel->resize(1200, 800);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        m_panel->setProject(m_case.get());
        QVERIFY(m_panel->waitForLayout());
    }

    void cleanup()
    {
        m_panel.reset();
        m_case.close();
    }

    void laidOutAndKept()
    {
        NetworkView *view = m_panel->view();
        QCOMPARE(view->graph().nodes.size(), 5);
        QCOMPARE(view->graph().links.size(), 5);
        const NetworkPlacements shown = view->placements();
        QCOMPARE(shown.size(), 5);
        const auto kept = NetworkPositionStore(m_case.project()).load(QStringLiteral("network"));
        ANNALIST_VERIFY_OK(kept);
        QCOMPARE(*kept, shown);
    }

    void handMovedNodeStaysAcrossReopen()
    {
        NetworkView *view = m_panel->view();
        const int bo = view->graph().indexOf(NetworkNode::Kind::Entity, m_case.bo);
        QVERIFY(bo >= 0);
        // Shift+arrow moves the selected node, as a drag does.
        view->setFocus();
        view->selectNode(bo);
        const QPointF before = view->nodeItem(bo)->pos();
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        const QPointF moved = view->nodeItem(bo)->pos();
        QVERIFY(moved.x() > before.x());

        m_panel->setProject(nullptr);
        QVERIFY(m_case.reopen());
        m_panel->setProject(m_case.get());
        QVERIFY(m_panel->waitForLayout());
        QCOMPARE(m_panel->view()->placements().value(NetworkNode::keyOf(NetworkNode::Kind::Entity, m_case.bo)),
                 (NodePlacement { moved, true }));
        // Laid out again, the hand-moved node stays; asked for everything, it moves.
        m_panel->relayout(false);
        QVERIFY(m_panel->waitForLayout());
        QCOMPARE(m_panel->view()->placements().value(NetworkNode::keyOf(NetworkNode::Kind::Entity, m_case.bo)).position,
                 moved);
        m_panel->relayout(true);
        QVERIFY(m_panel->waitForLayout());
        QVERIFY(!m_panel->view()->placements().value(NetworkNode::keyOf(NetworkNode::Kind::Entity, m_case.bo)).moved);
    }

    void keyboardToPassageInReader()
    {
        NetworkView *view = m_panel->view();
        view->setFocus();
        QSignalSpy opened(m_panel.get(), &NetworkPanel::passageRequested);
        // N to the first node (Ana), L to its first link, Enter for its passages.
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(view->selectedNodes(), QList<int> { view->graph().indexOf(NetworkNode::Kind::Entity, m_case.ana) });
        QTest::keyClick(view, Qt::Key_L);
        const int link = view->selectedLink();
        QVERIFY(link >= 0);
        QCOMPARE(view->graph().links.at(link).kind, NetworkLink::Kind::Event);
        QTest::keyClick(view, Qt::Key_Return);
        QTreeWidget *passages = m_panel->passageList();
        QCOMPARE(passages->topLevelItemCount(), 2);
        QVERIFY(passages->hasFocus());
        QTest::keyClick(passages, Qt::Key_Down);
        QTest::keyClick(passages, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), m_case.wire);
        QCOMPARE(opened.at(0).at(1).toInt(), 0);
        QCOMPARE(opened.at(0).at(2).toInt(), int(QStringLiteral("Bo Lind denied meeting Ana Ruiz.").size()));
    }

    void timeSlider()
    {
        QVERIFY(m_panel->timeSliderEnabled()->isEnabled());
        m_panel->timeSliderEnabled()->setChecked(true);
        QSlider *slider = m_panel->timeSlider();
        // The events run from 2024-02-20 to 2024-05-15.
        QCOMPARE(slider->maximum(), int(QDate(2024, 2, 20).daysTo(QDate(2024, 5, 15))));
        slider->setValue(slider->maximum());
        QCOMPARE(NetworkFixture::describe(m_panel->view()->graph()).size(), 5);
        slider->setValue(0);
        // On the day of the meeting: it and the role; the talk has not happened, and no
        // source has reported the meeting yet, so nothing supports it.
        QCOMPARE(NetworkFixture::describe(m_panel->view()->graph()),
                 (QStringList { QStringLiteral("event:Ana Ruiz+Bo Lind?"), QStringLiteral("place:Ana Ruiz+Lima?"),
                                QStringLiteral("place:Bo Lind+Lima?"), QStringLiteral("role:Acme+Ana Ruiz") }));
        QVERIFY(m_panel->waitForLayout());
    }

    void filterBar()
    {
        ChronologyFilterBar *bar = m_panel->filterBar();
        bar->laneChooser()->setCurrentIndex(bar->laneChooser()->findText(QStringLiteral("Trade")));
        QCOMPARE(NetworkFixture::describe(m_panel->view()->graph()),
                 QStringList { QStringLiteral("event:Bo Lind+Cy Moss?") });
    }

    void hideMergeAndNeighbourhood()
    {
        NetworkView *view = m_panel->view();
        const int cy = view->graph().indexOf(NetworkNode::Kind::Entity, m_case.cy);
        view->selectNode(cy);
        m_panel->showNeighbourhood();
        QCOMPARE(view->nodeItem(cy)->opacity(), 1.0);
        QCOMPARE(view->nodeItem(view->graph().indexOf(NetworkNode::Kind::Entity, m_case.acme))->opacity(), 0.15);

        m_panel->hideSelected();
        QCOMPARE(view->graph().nodes.size(), 4);
        QCOMPARE(view->graph().indexOf(NetworkNode::Kind::Entity, m_case.cy), -1);

        const int ana = view->graph().indexOf(NetworkNode::Kind::Entity, m_case.ana);
        const int lima = view->graph().indexOf(NetworkNode::Kind::Entity, m_case.lima);
        view->nodeItem(ana)->setSelected(true);
        view->nodeItem(lima)->setSelected(true);
        QCOMPARE(view->selectedNodes(), (QList<int> { ana, lima }));
        m_panel->mergeSelected();
        QCOMPARE(view->graph().nodes.size(), 3);

        m_panel->showEverything();
        QCOMPARE(view->graph().nodes.size(), 5);
        QVERIFY(m_panel->waitForLayout());
    }

    void themeColours()
    {
        ReaderTheme theme = ReaderTheme::builtIn(m_panel->palette());
        theme.name = QStringLiteral("Test");
        theme.background = QColor(0x10, 0x12, 0x14);
        theme.text = QColor(0xee, 0xee, 0xee);
        theme.typeColors.insert(QStringLiteral("person"), QColor(0x12, 0xab, 0x34));
        m_panel->setTheme(theme);
        const NetworkStyle &style = m_panel->view()->chartStyle();
        QCOMPARE(style.background, theme.background);
        QCOMPARE(style.colorOf(QStringLiteral("Person")), QColor(0x12, 0xab, 0x34));
        QVERIFY(style.colorOf(QStringLiteral("Place")).isValid());
        m_panel->view()->fitAll();
        const QImage grab = m_panel->view()->viewport()->grab().toImage();
        int personPixels = 0;
        for (int y = 0; y < grab.height(); ++y) {
            for (int x = 0; x < grab.width(); ++x)
                personPixels += grab.pixelColor(x, y) == QColor(0x12, 0xab, 0x34) ? 1 : 0;
        }
        QVERIFY2(personPixels > 50, qPrintable(QString::number(personPixels)));
        QCOMPARE(grab.pixelColor(2, 2), theme.background);
    }

private:
    NetworkFixture m_case;
    std::unique_ptr<NetworkPanel> m_panel;
};

QTEST_MAIN(TestNetworkPanel)
#include "tst_networkpanel.moc"
