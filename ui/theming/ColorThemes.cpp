// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ColorThemes.h"
#include "ui/settings/Settings.h"

#include "SyntaxHighlighting.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>

namespace annalist {

namespace { } // namespace

ColorThemes::ColorThemes(std::unique_ptr<SyntaxHighlighting> highlighting, QObject *parent)
    : QObject(parent)
    , m_highlighting(std::move(highlighting))
{
    // A theme remembered by a build that had it and unknown to this one is kept in the
    // settings, but the palette is followed here.
    const QString remembered = Settings::value(SettingKeys::colorTheme());
    if (m_highlighting->themeNames().contains(remembered))
        m_choice = remembered;
    m_current = m_highlighting->theme(m_choice, QGuiApplication::palette());
    // The application's own palette change is the one event of interest here.
    if (QCoreApplication *application = QCoreApplication::instance())
        application->installEventFilter(this);
}

ColorThemes::~ColorThemes() = default;

void ColorThemes::setChoice(const QString &themeName)
{
    const QString choice = m_highlighting->themeNames().contains(themeName) ? themeName : QString();
    Settings::setValue(SettingKeys::colorTheme(), choice);
    if (choice == m_choice)
        return;
    m_choice = choice;
    resolve();
}

QString ColorThemes::highlight(QTextDocument *document, const QString &fileName) const
{
    return m_highlighting->highlight(document, fileName, m_current);
}

bool ColorThemes::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange && watched == QCoreApplication::instance()
        && m_choice.isEmpty())
        resolve();
    return QObject::eventFilter(watched, event);
}

void ColorThemes::resolve()
{
    ReaderTheme theme = m_highlighting->theme(m_choice, QGuiApplication::palette());
    if (theme == m_current)
        return;
    m_current = std::move(theme);
    emit changed(m_current);
}

} // namespace annalist
