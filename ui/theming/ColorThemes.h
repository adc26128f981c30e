// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReaderTheme.h"

#include <QObject>
#include <QString>

#include <memory>

class QTextDocument;

namespace annalist {

class SyntaxHighlighting;

// The colour theme of the reading views: the one the analyst chose in the settings
// (remembered), or the one that suits the desktop's light or dark palette, followed
// when the palette changes. Without KDE Syntax-Highlighting there is no choice and the
// theme is always the built-in one.
class ColorThemes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColorThemes)

public:
    explicit ColorThemes(std::unique_ptr<SyntaxHighlighting> highlighting, QObject *parent = nullptr);
    ~ColorThemes() override;

    const SyntaxHighlighting &highlighting() const { return *m_highlighting; }

    // The chosen theme's name; empty to follow the palette.
    QString choice() const { return m_choice; }
    // An unknown name follows the palette. Remembered for the next start.
    void setChoice(const QString &themeName);

    // The theme in force.
    const ReaderTheme &current() const { return m_current; }

    // Highlights the document as the text of a file of that name ("chronology.json",
    // "events.csv") in the theme in force, as the export dialog's preview does; returns
    // the syntax's name, empty for plain text. Call again after changed() to follow.
    QString highlight(QTextDocument *document, const QString &fileName) const;

signals:
    void changed(const ReaderTheme &theme);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void resolve();

    std::unique_ptr<SyntaxHighlighting> m_highlighting;
    QString m_choice;
    ReaderTheme m_current;
};

} // namespace annalist
