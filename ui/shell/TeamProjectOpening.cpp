// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TeamProjectOpening.h"

#include "TeamProjectDialog.h"
#include "storage/Project.h"
#include "storage/ProjectLocation.h"
#include "storage/ServerConnection.h"
#include "ui/settings/PasswordKeyring.h"
#include "ui/settings/Settings.h"
#include "ui/widgets/StorageLog.h"
#include "ui/widgets/WarningDialog.h"

#include <QHash>
#include <QInputDialog>
#include <QLineEdit>

namespace annalist {

namespace {

// Passwords given in this run of the program, by account: in memory only.
QHash<QString, QString> &givenPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

} // namespace

QString TeamProjectOpening::accountOf(const ProjectLocation &location)
{
    return PasswordKeyring::account(location.user(), location.serverName(), location.database());
}

void TeamProjectOpening::keep(QWidget *parent, const QString &account, const QString &password, bool inKeyring)
{
    givenPasswords().insert(account, password);
    if (!inKeyring)
        return;
    if (const PasswordKeyring::Outcome kept = PasswordKeyring::write(account, password); !kept.done)
        showWarning(parent, nullptr, QObject::tr("The password was not kept"),
                    kept.error + u' ' + QObject::tr("It will be asked for the next time."));
}

QString TeamProjectOpening::choose(QWidget *parent, TeamProjectDialog::Purpose purpose)
{
    TeamProjectDialog dialog(parent, purpose);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const ProjectLocation location = dialog.location();
    const QString account = accountOf(location);
    if (!dialog.password().isEmpty()) {
        keep(parent, account, dialog.password(), dialog.keepPassword());
    } else if (!dialog.keepPassword()) {
        givenPasswords().remove(account);
    }
    if (!dialog.keepPassword()) {
        if (const PasswordKeyring::Outcome forgotten = PasswordKeyring::forget(account); !forgotten.done)
            qCWarning(lcUiStorage, "%s", qPrintable(forgotten.error));
    }
    return location.displayName();
}

Result<std::unique_ptr<Project>> TeamProjectOpening::open(QWidget *parent, const QString &uri)
{
    std::unique_ptr<Project> project;
    const Result<ProjectLocation> opened = withPassword(parent, uri, [&project](const ProjectLocation &location) {
        auto attempt = Project::open(location);
        if (!attempt)
            return Status(attempt.error());
        project = std::move(*attempt);
        return ok();
    });
    if (!opened)
        return opened.error();
    return project;
}

Result<ProjectLocation> TeamProjectOpening::withPassword(QWidget *parent, const QString &uri,
                                                         const std::function<Status(const ProjectLocation &)> &attempt)
{
    Result<ProjectLocation> parsed = ProjectLocation::parse(uri);
    if (!parsed)
        return parsed.error();
    ProjectLocation location = *parsed;
    const QString account = accountOf(location);
    if (location.password().isEmpty()) {
        if (const auto given = givenPasswords().constFind(account); given != givenPasswords().cend()) {
            location.setPassword(*given);
        } else {
            QString error;
            if (const std::optional<QString> kept = PasswordKeyring::read(account, &error))
                location.setPassword(*kept);
            else if (!error.isEmpty())
                qCWarning(lcUiStorage, "%s", qPrintable(error));
        }
    }
    Status done = attempt(location);
    // The server wants a password (another one): ask, up to three times.
    for (int round = 0; round < 3 && !done && ServerConnection::isRefusedLogin(done.error()); ++round) {
        if (qEnvironmentVariableIsSet("ANNALIST_NO_DIALOGS"))
            break;
        bool given = false;
        const QString password = QInputDialog::getText(
            parent, QObject::tr("Password"),
            QObject::tr("%1\n\nPassword of %2 for %3 on %4:")
                .arg(done.error().message, location.user(), location.database(), location.serverName()),
            QLineEdit::Password, {}, &given);
        if (!given)
            break;
        location.setPassword(password);
        done = attempt(location);
        if (done)
            keep(parent, account, password, Settings::value(SettingKeys::teamKeepPassword()));
    }
    if (!done)
        return done.error();
    return location;
}

} // namespace annalist
