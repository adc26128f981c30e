// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SourceTabs.h"

#include "ColorThemes.h"
#include "MentionHighlighter.h"
#include "OriginalView.h"
#include "ReaderView.h"
#include "SyntaxHighlighting.h"

#include "model/Source.h"

#include <QAction>
#include <QTabBar>

namespace annalist {

SourceTabs::SourceTabs(ReaderView *reader, MentionHighlighter *mentions, QWidget *parent)
    : QTabWidget(parent)
    , m_reader(reader)
    , m_mentions(mentions)
    , m_original(new OriginalView(this))
    , m_theme(ReaderTheme::builtIn(palette()))
{
    setObjectName(QStringLiteral("sourceTabs"));
    setAccessibleName(tr("Source"));
    setAccessibleDescription(tr("The source's text and its original file (Ctrl+U switches)"));
    m_reader->setAccessibleName(tr("Text"));
    m_reader->setAccessibleDescription(
        tr("The text of the source; select words and press P, O, L, T or E to mark them"));
    m_original->setAccessibleName(tr("Original"));
    m_original->setAccessibleDescription(tr("The file as it was imported"));
    setDocumentMode(true);
    setTabPosition(QTabWidget::South);
    tabBar()->setFocusPolicy(Qt::NoFocus);
    addTab(m_reader, tr("Text"));
    addTab(m_original, tr("Original"));
    setTabToolTip(0, tr("The text of the source, to read and annotate (Ctrl+U switches)"));
    setTabToolTip(
        1, tr("The file as it was imported, with the markup and metadata the text leaves out (Ctrl+U switches)"));
    setFocusProxy(m_reader);

    auto *toggle = new QAction(tr("Show the Original File"), this);
    toggle->setShortcut(QKeySequence(tr("Ctrl+U")));
    toggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(toggle, &QAction::triggered, this, [this] { showOriginal(!isOriginalShown()); });
    addAction(toggle);

    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (isOriginalShown())
            loadOriginal();
    });
}

SourceTabs::~SourceTabs() = default;

void SourceTabs::setSource(const Source &source)
{
    m_bytes = source.originalBytes.isNull() ? source.body.toUtf8() : source.originalBytes;
    m_fileName = source.originalName;
    m_mediaType = source.mediaType;
    m_originalLoaded = false;
    if (isOriginalShown())
        loadOriginal();
}

void SourceTabs::clearSource()
{
    m_bytes.clear();
    m_fileName.clear();
    m_mediaType.clear();
    m_originalLoaded = true;
    m_original->clearOriginal();
    showOriginal(false);
}

void SourceTabs::setColorThemes(ColorThemes *themes)
{
    if (m_themes)
        disconnect(m_themes, nullptr, this, nullptr);
    m_themes = themes;
    if (m_themes) {
        connect(m_themes, &ColorThemes::changed, this, &SourceTabs::applyTheme);
        connect(m_themes, &QObject::destroyed, this, [this] { m_themes = nullptr; });
    }
    applyTheme(m_themes ? m_themes->current() : ReaderTheme::builtIn(palette()));
}

bool SourceTabs::isOriginalShown() const
{
    return currentWidget() == m_original;
}

void SourceTabs::showOriginal(bool original)
{
    setCurrentWidget(original ? static_cast<QWidget *>(m_original) : m_reader);
    currentWidget()->setFocus();
}

void SourceTabs::applyTheme(const ReaderTheme &theme)
{
    m_theme = theme;
    // A named theme colours page and text; the built-in one leaves the palette to the desktop.
    m_reader->setPalette(theme.palette());
    m_mentions->setThemeColors(theme.typeColors);
    m_mentions->setBaseColor(m_reader->palette().color(QPalette::Base));
    m_reader->refreshHighlights();
    m_original->setHighlighting(m_themes ? &m_themes->highlighting() : nullptr, theme);
}

void SourceTabs::loadOriginal()
{
    if (m_originalLoaded)
        return;
    m_originalLoaded = true;
    m_original->setOriginal(m_bytes, m_fileName, m_mediaType);
}

} // namespace annalist
