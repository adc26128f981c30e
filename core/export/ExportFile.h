// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ExportError.h"

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace annalist {

// Puts an export on disk under its final name only once it is complete: a file is
// written to a temporary file beside it and renamed (QSaveFile), a folder is filled
// beside its final place and renamed. A full disk, a missing folder or a cancelled
// export leave the final name as it was.
class ExportFile final
{
public:
    // Why nothing can be written at path, or empty: its folder must exist, and it must
    // not be a folder, a device or another special file.
    static QString problemWithFile(const QString &path);
    // The same for a folder export: path may not exist yet, or be an empty folder.
    static QString problemWithFolder(const QString &path);

    // Returns the number of bytes written.
    static Result<qint64, ExportError> write(const QString &path, const QByteArray &bytes);
    // Writes the files (name relative to the folder, content) into a new folder at path.
    static Result<qint64, ExportError> writeFolder(const QString &path,
                                                   const QList<std::pair<QString, QByteArray>> &files);
};

} // namespace annalist
