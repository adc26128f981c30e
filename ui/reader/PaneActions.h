// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;

namespace annalist {

class ReaderArea;

// The View menu's actions on the reader's panes: close, swap, synchronised scrolling
// and comparing. The two modes stay as chosen when another project's panes come. Also
// remembers which sources each project had open.
class PaneActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneActions)

public:
    explicit PaneActions(QObject *parent = nullptr);

    void setReaderArea(ReaderArea *area);
    void fillMenu(QMenu *menu);
    QList<QAction *> actions() const { return m_actions; }

    // The sources open in the panes, remembered for the project file.
    void rememberOpenPanes(const QString &projectPath);
    QList<qint64> rememberedPanes(const QString &projectPath) const;

private:
    ReaderArea *m_area = nullptr;
    QAction *m_syncScrolling = nullptr;
    QAction *m_compareMode = nullptr;
    QList<QAction *> m_actions;
};

} // namespace annalist
