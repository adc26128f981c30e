// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "itemmodels/EntityRoleModel.h"
#include "storage/EntityRepository.h"
#include "storage/ProjectSignals.h"
#include "ui/entities/EntityDock.h"

#include "ProjectFixture.h"

#include <QApplication>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace annalist;
using annalist::test::ProjectFixture;

// The roles table of the entity dock, edited as an analyst edits it: double-click a
// cell, type, Enter; the project follows, as the window has it follow every edit.
class TestEntityDock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rolesEditedInPlace_data();
    void rolesEditedInPlace();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    QUndoStack m_undoStack;
    qint64 m_rubio = 0;
};

void TestEntityDock::init()
{
    QVERIFY(m_fixture.create());
    EntityRole senator;
    senator.title = QStringLiteral("Senator");
    senator.from = TimeValue::year(2011);
    EntityRole secretary;
    secretary.title = QStringLiteral("Secretary of State");
    secretary.from = TimeValue::day(QDate(2025, 1, 21));
    m_rubio = m_fixture.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"), {}, { senator, secretary });
    QVERIFY(m_rubio > 0);
}

void TestEntityDock::cleanup()
{
    m_undoStack.clear();
    m_fixture.close();
}

void TestEntityDock::rolesEditedInPlace_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");

    QTest::newRow("empty To of the first role")
        << 0 << int(EntityRoleModel::ToColumn) << QStringLiteral("2025-01-20") << QStringLiteral("2025-01-20");
    QTest::newRow("From that would sort the row last")
        << 0 << int(EntityRoleModel::FromColumn) << QStringLiteral("2026") << QStringLiteral("2026");
    QTest::newRow("empty To of the second role")
        << 1 << int(EntityRoleModel::ToColumn) << QStringLiteral("2029-01") << QStringLiteral("2029-01");
}

void TestEntityDock::rolesEditedInPlace()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("closeEditor|does not belong")));

    EntityDock dock;
    dock.setProject(&m_fixture.project(), &m_signals, &m_undoStack);
    connect(&m_signals, &ProjectSignals::entitiesChanged, &dock, &EntityDock::refresh);
    dock.resize(600, 500);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QVERIFY(dock.selectEntity(m_rubio));
    QTableView *roles = dock.rolesView();
    QCOMPARE(roles->model()->rowCount(), 2);
    const QString title = roles->model()->index(row, EntityRoleModel::TitleColumn).data().toString();

    const QRect cell = roles->visualRect(roles->model()->index(row, column));
    QTest::mouseClick(roles->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(roles->viewport(), Qt::LeftButton, {}, cell.center());
    // An editor of the cell has the focus.
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())
                && roles->viewport()->isAncestorOf(QApplication::focusWidget()));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    editor->selectAll();
    QTest::keyClicks(editor, typed);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!roles->viewport()->isAncestorOf(QApplication::focusWidget()));
    // The row stays where the analyst was typing.
    QCOMPARE(roles->model()->index(row, EntityRoleModel::TitleColumn).data().toString(), title);
    QCOMPARE(roles->model()->index(row, column).data().toString(), stored);

    const auto entity = m_fixture.project().entities().find(m_rubio);
    QVERIFY(entity);
    QStringList written;
    for (const EntityRole &role : entity->roles)
        written << (column == EntityRoleModel::ToColumn ? role.to : role.from).toEdtf();
    QVERIFY2(written.contains(stored), qPrintable(written.join(u',')));
}

QTEST_MAIN(TestEntityDock)
#include "tst_entitydock.moc"
