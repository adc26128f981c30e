// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BackgroundIntegrityCheck.h"

#include "storage/IntegrityCheck.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace annalist {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(QObject *parent)
    : QObject(parent)
{ }

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    stop();
    wait();
}

bool BackgroundIntegrityCheck::start(const QString &path)
{
    if (m_worker.isRunning())
        return false;
    auto check = std::make_shared<IntegrityCheck>();
    m_check = check;
    return m_worker.start(QStringLiteral("annalist-check"), QThread::LowPriority, [this, path, check] {
        const QString connection = QStringLiteral("integrity-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString damage;
        QString problem;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            database.setDatabaseName(path);
            // Read beside the window's connection, which holds the project's lock.
            database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (!database.open()) {
                problem = database.lastError().text();
            } else {
                const Result<QString> checked = check->run(database);
                if (checked)
                    damage = *checked;
                else if (checked.error().code == StorageError::Code::Corrupt)
                    damage = checked.error().message;
                else if (checked.error().code != StorageError::Code::Cancelled)
                    problem = checked.error().message;
                database.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        if (!m_worker.isCancelled())
            emit finished(damage, problem);
    });
}

void BackgroundIntegrityCheck::stop()
{
    m_worker.cancel();
    if (m_check)
        m_check->stop();
}

bool BackgroundIntegrityCheck::isRunning() const
{
    return m_worker.isRunning();
}

bool BackgroundIntegrityCheck::wait(int timeoutMs)
{
    return m_worker.wait(timeoutMs);
}

} // namespace annalist
