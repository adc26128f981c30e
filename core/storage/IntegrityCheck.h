// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QString>

#include <mutex>

class QSqlDatabase;

namespace annalist {

// Whether a project file is sound: SQLite's quick_check, which reads every page of the
// file. One check can be stopped from another thread while it runs.
class IntegrityCheck final
{
public:
    // Files up to this size are checked before they open; the check of a larger one
    // (seconds for a case of 100,000 sources) is left to the window, which runs it in
    // the background (BackgroundIntegrityCheck). Tests lower the limit.
    static qint64 limitBeforeOpening();
    static void setLimitBeforeOpening(qint64 bytes);

    // Damage found: SQLite's own words ("*** in database main *** Page 7: …"); an empty
    // string when the file is sound. A file too damaged to be read at all fails with
    // Code::Corrupt; a stopped check fails with Code::Cancelled.
    Result<QString> run(QSqlDatabase &database);
    // Stops the running check, or the next one (it fails with Code::Cancelled).
    void stop();

    // The sentence for damage found as a file opens: "P.annalist is damaged and cannot be
    // opened (…). …".
    static QString damageBeforeOpening(const QString &fileName, const QString &damage);

private:
    std::mutex m_mutex;
    void *m_running = nullptr; // the connection's sqlite3 handle while a check runs
    bool m_stopped = false;
};

} // namespace annalist
