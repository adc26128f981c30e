// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Mention.h"
#include "ui/reader/MentionHighlighter.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/ReaderView.h"

#include <QDir>
#include <QWidget>

namespace annalist::test {

// What the windows of the window tests show, and pictures of them to look at.
class WindowShots final
{
public:
    // The status a pane shows a mention with; Rejected when it shows none.
    static Mention::Status statusShown(ReaderPane *pane, qint64 mentionId)
    {
        const MentionHighlighter::Entry *entry = pane->view()->mentionHighlighter()->entry(mentionId);
        return entry ? entry->status : Mention::Status::Rejected;
    }

    // Saves the window where ANNALIST_SCREENSHOT_DIR says, if it says; false when that fails.
    static bool save(QWidget &window, const QString &name)
    {
        const QString directory = qEnvironmentVariable("ANNALIST_SCREENSHOT_DIR");
        return directory.isEmpty() || window.grab().save(QDir(directory).filePath(name));
    }
};

} // namespace annalist::test
