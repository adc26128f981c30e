// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectOpening.h"

#include "storage/Project.h"
#include "storage/ProjectLocation.h"
#include "storage/ServerConnection.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace annalist {

namespace {

// Reads a line from the terminal without showing it; empty when there is no terminal.
QString askPassword(const ProjectLocation &location)
{
    if (!isatty(STDIN_FILENO))
        return {};
    QFile terminal(QStringLiteral("/dev/tty"));
    if (!terminal.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return {};
    const QString user = location.user().isEmpty() ? QString::fromLocal8Bit(qgetenv("USER")) : location.user();
    terminal.write(QStringLiteral("Password for %1 at %2: ").arg(user, location.serverName()).toUtf8());
    termios saved {};
    const int descriptor = terminal.handle();
    const bool quiet = tcgetattr(descriptor, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(descriptor, TCSAFLUSH, &silent);
    }
    QByteArray line;
    char c = 0;
    while (terminal.read(&c, 1) == 1 && c != '\n')
        line.append(c);
    if (quiet)
        tcsetattr(descriptor, TCSAFLUSH, &saved);
    terminal.write("\n");
    return QString::fromUtf8(line);
}

Result<std::unique_ptr<Project>> withPassword(const QString &text, bool create)
{
    const Result<ProjectLocation> location = ProjectLocation::parse(text);
    if (!location)
        return location.error();
    auto project = create ? Project::create(*location) : Project::open(*location);
    if (project || !location->isServer() || !ServerConnection::isRefusedLogin(project.error())
        || !location->password().isEmpty())
        return project;
    const QString password = askPassword(*location);
    if (password.isEmpty())
        return project;
    ProjectLocation withIt = *location;
    withIt.setPassword(password);
    return create ? Project::create(withIt) : Project::open(withIt);
}

} // namespace

Result<std::unique_ptr<Project>> ProjectOpening::open(const QString &location)
{
    return withPassword(location, false);
}

Result<std::unique_ptr<Project>> ProjectOpening::openReadOnly(const QString &location)
{
    // A file is read beside whoever writes it, without the lock; a server lets readers in
    // beside writers anyway.
    if (!ProjectLocation::isServerUri(location))
        return Project::openReadOnly(location);
    return withPassword(location, false);
}

Result<std::unique_ptr<Project>> ProjectOpening::create(const QString &location)
{
    return withPassword(location, true);
}

} // namespace annalist
