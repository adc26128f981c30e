// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"

#include <QDir>
#include <QFile>

namespace annalist::test {

QString sharedDirectory()
{
    const QString configured = qEnvironmentVariable("ANNALIST_SHARED_DIR");
    return QDir(configured).exists() ? configured : QString();
}

QString seedsDirectory()
{
    const QString shared = sharedDirectory();
    return shared.isEmpty() ? QString() : shared + QStringLiteral("/seeds");
}

QString binaryDirectory()
{
    return qEnvironmentVariable("ANNALIST_BIN_DIR");
}

QString testsSourcePath(const QString &relativePath)
{
    return QStringLiteral(ANNALIST_TESTS_SOURCE_DIR) + u'/' + relativePath;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace annalist::test
