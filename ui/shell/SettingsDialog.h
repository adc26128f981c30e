// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace annalist {

class ColorThemes;

// Annalist's settings. The colour theme of the reader is chosen from every theme KDE
// Syntax-Highlighting offers, or left to follow the desktop's light or dark palette; a
// choice applies at once, with a sample of text and entity colours, and is remembered.
// Without the library the choice is explained instead of offered.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(ColorThemes *themes, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QComboBox *themeBox() const { return m_themeBox; }
    QLabel *preview() const { return m_preview; }

private:
    void showPreview();

    ColorThemes *m_themes;
    QComboBox *m_themeBox;
    QLabel *m_preview;
};

} // namespace annalist
