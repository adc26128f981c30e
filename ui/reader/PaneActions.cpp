// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PaneActions.h"

#include "ui/reader/ReaderArea.h"
#include "ui/reader/ReaderPane.h"
#include "ui/settings/Settings.h"

#include <QAction>
#include <QCryptographicHash>
#include <QMenu>

namespace annalist {

namespace {

// Settings key for what belongs to one project file, e.g. its open panes.
QString projectKey(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

PaneActions::PaneActions(QObject *parent)
    : QObject(parent)
{ }

void PaneActions::setReaderArea(ReaderArea *area)
{
    m_area = area;
    if (m_area && m_syncScrolling) {
        m_area->setSyncScrolling(m_syncScrolling->isChecked());
        m_area->setCompareMode(m_compareMode->isChecked());
    }
}

void PaneActions::rememberOpenPanes(const QString &projectPath)
{
    if (!m_area)
        return;
    QVariantList ids;
    for (qint64 id : m_area->openSourceIds())
        ids << id;
    Settings::setValue(SettingKeys::openPanes(projectKey(projectPath)), ids);
}

QList<qint64> PaneActions::rememberedPanes(const QString &projectPath) const
{
    QList<qint64> ids;
    for (const QVariant &id : Settings::value(SettingKeys::openPanes(projectKey(projectPath))))
        ids << id.toLongLong();
    return ids;
}

void PaneActions::fillMenu(QMenu *view)
{
    QAction *closePane = view->addAction(tr("&Close Pane"), QKeySequence(tr("Ctrl+W")), this, [this] {
        if (m_area && m_area->currentPane())
            m_area->closePane(m_area->currentPane());
    });
    QAction *swap = view->addAction(tr("S&wap Panes"), QKeySequence(tr("Ctrl+Shift+X")), this, [this] {
        if (m_area)
            m_area->swapPanes();
    });
    m_syncScrolling = view->addAction(tr("S&ynchronised Scrolling"));
    m_syncScrolling->setCheckable(true);
    connect(m_syncScrolling, &QAction::toggled, this, [this](bool on) {
        if (m_area)
            m_area->setSyncScrolling(on);
    });
    m_compareMode = view->addAction(tr("&Compare Panes"));
    m_compareMode->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_compareMode->setCheckable(true);
    connect(m_compareMode, &QAction::toggled, this, [this](bool on) {
        if (m_area)
            m_area->setCompareMode(on);
    });
    m_actions = { closePane, swap, m_syncScrolling, m_compareMode };
}

} // namespace annalist
