// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PasswordKeyring.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace annalist {

namespace {

// Runs a keyring job to its end; no fallback to a file in plain text.
void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

QString refused(const QKeychain::Job &job)
{
    return QCoreApplication::translate("annalist::PasswordKeyring", "The desktop keyring refused: %1")
        .arg(job.errorString());
}

} // namespace

bool PasswordKeyring::isAvailable()
{
    return true;
}

std::optional<QString> PasswordKeyring::read(const QString &account, QString *error)
{
    if (error)
        error->clear();
    QKeychain::ReadPasswordJob job(QString::fromLatin1(service));
    job.setKey(account);
    runToEnd(job);
    if (job.error() == QKeychain::NoError)
        return job.textData();
    if (error && job.error() != QKeychain::EntryNotFound)
        *error = refused(job);
    return std::nullopt;
}

PasswordKeyring::Outcome PasswordKeyring::write(const QString &account, const QString &password)
{
    QKeychain::WritePasswordJob job(QString::fromLatin1(service));
    job.setKey(account);
    job.setTextData(password);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return { false, refused(job) };
    return { true, {} };
}

PasswordKeyring::Outcome PasswordKeyring::forget(const QString &account)
{
    QKeychain::DeletePasswordJob job(QString::fromLatin1(service));
    job.setKey(account);
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return { false, refused(job) };
    return { true, {} };
}

} // namespace annalist
