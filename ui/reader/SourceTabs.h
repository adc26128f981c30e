// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/theming/ReaderTheme.h"

#include <QByteArray>
#include <QString>
#include <QTabWidget>

namespace annalist {

class ColorThemes;
class MentionHighlighter;
class OriginalView;
class ReaderView;
struct Source;

// The two ways a reader pane shows a source: its text, to read and annotate, and the
// original file as it was imported, to check the metadata and boilerplate the importer
// dropped. The original is read and highlighted only when its tab is first shown, so
// opening a source costs nothing more. Ctrl+U switches between the two. Both follow the
// colour theme: page and text colours, and the entity type colours of the mentions.
class SourceTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceTabs)

public:
    // The reader view becomes the first tab; mentions are recoloured with the theme.
    // Neither is owned by the tabs.
    SourceTabs(ReaderView *reader, MentionHighlighter *mentions, QWidget *parent = nullptr);
    ~SourceTabs() override;

    // The source whose original file to show; the text tab is the caller's.
    void setSource(const Source &source);
    // Shows no source, and the text tab.
    void clearSource();

    // Follows the themes from now on; null for the built-in colours.
    void setColorThemes(ColorThemes *themes);
    const ReaderTheme &theme() const { return m_theme; }

    ReaderView *readerView() const { return m_reader; }
    OriginalView *originalView() const { return m_original; }
    bool isOriginalShown() const;
    void showOriginal(bool original);

private:
    void applyTheme(const ReaderTheme &theme);
    void loadOriginal();

    ReaderView *m_reader;
    MentionHighlighter *m_mentions;
    OriginalView *m_original;
    ColorThemes *m_themes = nullptr;
    ReaderTheme m_theme;
    QByteArray m_bytes;
    QString m_fileName;
    QString m_mediaType;
    bool m_originalLoaded = true;
};

} // namespace annalist
