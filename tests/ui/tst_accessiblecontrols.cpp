// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyWorkspace.h"
#include "MainWindow.h"
#include "ManualWindow.h"
#include "SampleProject.h"
#include "models/SourceListModel.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace annalist;

// Screen readers name every control by its accessible name and explain it by its
// description: this walks the widget tree of the main window and of every dialog of
// Annalist's own and lists the controls that lack either.
class TestAccessibleControls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyControlIsNamedAndDescribed_data();
    void everyControlIsNamedAndDescribed();

private:
    QTemporaryDir m_dir;
    QString m_samplePath;
};

namespace {

// A control is what takes the keyboard focus; the parts Qt builds inside a control (the
// line edit of a spin box or an editable combo box, scroll bars, the close buttons of
// tabs) are announced as part of it.
bool isControl(const QWidget *widget)
{
    if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isEnabled())
        return false;
    if (qobject_cast<const QScrollBar *>(widget))
        return false;
    // QMainWindow makes the tab bars of tabbed docks itself; each tab is announced by the
    // title of its dock.
    if (qobject_cast<const QTabBar *>(widget) && qobject_cast<const QMainWindow *>(widget->parentWidget()))
        return false;
    const QWidget *parent = widget->parentWidget();
    if (parent
        && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QTabBar *>(parent)))
        return false;
    // The viewport of a view belongs to the view.
    for (const QWidget *up = parent; up; up = up->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(up); area && area->viewport() == widget)
            return false;
    }
    return !widget->objectName().startsWith(QLatin1String("qt_"));
}

QString describe(const QWidget *widget)
{
    QString path = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        path += QLatin1Char('#') + widget->objectName();
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (!up->objectName().isEmpty() && !up->objectName().startsWith(QLatin1String("qt_"))) {
            path += QStringLiteral(" in ") + up->objectName();
            break;
        }
    }
    return path;
}

QStringList unnamedControls(const QWidget *top)
{
    QStringList missing;
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (widget->window() != top || !isControl(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible) {
            missing << describe(widget) + QStringLiteral(": no accessible interface");
            continue;
        }
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing << describe(widget) + QStringLiteral(": no name");
        // Buttons say what they do by their text; everything else needs a description.
        if (!qobject_cast<QAbstractButton *>(widget) && accessible->text(QAccessible::Description).trimmed().isEmpty())
            missing << describe(widget) + QStringLiteral(": no description");
    }
    return missing;
}

} // namespace

void TestAccessibleControls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    QSettings().clear();
    m_samplePath = m_dir.filePath(QStringLiteral("sample.annalist"));
    const Status made = SampleProject::ensureExists(m_samplePath);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
}

void TestAccessibleControls::everyControlIsNamedAndDescribed_data()
{
    // How to open the window to walk, from the main window with the sample project open.
    QTest::addColumn<std::function<QAction *(MainWindow &)>>("opener");
    const auto menuAction = [](const QString &prefix) {
        return [prefix](MainWindow &window) -> QAction * {
            for (QAction *action : window.findChildren<QAction *>()) {
                if (action->text().remove(QLatin1Char('&')).startsWith(prefix))
                    return action;
            }
            return nullptr;
        };
    };
    QTest::newRow("main window") << std::function<QAction *(MainWindow &)>();
    QTest::newRow("export dialog") << std::function<QAction *(MainWindow &)>(
        [](MainWindow &window) { return window.chronologyWorkspace()->exportAction(); });
    QTest::newRow("settings dialog") << std::function<QAction *(MainWindow &)>(menuAction(QStringLiteral("Settings")));
    QTest::newRow("source dating dialog")
        << std::function<QAction *(MainWindow &)>(menuAction(QStringLiteral("Date Sources from Titles")));
    QTest::newRow("manual") << std::function<QAction *(MainWindow &)>(menuAction(QStringLiteral("Manual")));
}

void TestAccessibleControls::everyControlIsNamedAndDescribed()
{
    QFETCH(std::function<QAction *(MainWindow &)>, opener);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_samplePath));
    // Two sources open, so that the reader panes and their tabs are there too.
    window.libraryView()->selectRow(0);
    window.openSource(window.sourceModel()->index(0, 0).data(SourceListModel::SourceIdRole).toLongLong());
    window.openSource(window.sourceModel()->index(1, 0).data(SourceListModel::SourceIdRole).toLongLong(), true);

    QStringList missing;
    if (!opener) {
        missing = unnamedControls(&window);
    } else {
        QAction *action = opener(window);
        QVERIFY(action);
        bool walked = false;
        // A modal dialog runs its own loop: walk it from inside, then close it.
        QTimer modal;
        modal.setSingleShot(true);
        connect(&modal, &QTimer::timeout, &window, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
            QWidget *dialog = QApplication::activeModalWidget();
            missing = unnamedControls(dialog);
            walked = true;
            dialog->close();
        });
        modal.start(0);
        action->trigger();
        modal.stop();
        if (!walked) {
            // Not modal (the manual): its own window.
            QWidget *opened = nullptr;
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (top != &window && top->isVisible() && !qobject_cast<QMenu *>(top))
                    opened = top;
            }
            QVERIFY(opened);
            missing = unnamedControls(opened);
            opened->close();
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("\n") + missing.join(u'\n')));
}

QTEST_MAIN(TestAccessibleControls)
#include "tst_accessiblecontrols.moc"
