// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GoldenFile.h"

#include "TestData.h"

#include <QDir>
#include <QFileInfo>

namespace annalist::test {

QString GoldenFile::path(const QString &relativePath)
{
    return QStringLiteral(ANNALIST_TESTS_SOURCE_DIR) + u'/' + relativePath;
}

QString GoldenFile::difference(const QString &relativePath, const QByteArray &output)
{
    const QString file = path(relativePath);
    if (qEnvironmentVariable("ANNALIST_UPDATE_GOLDEN") == QStringLiteral("1")) {
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (!writeFile(file, output))
            return QStringLiteral("%1 cannot be written").arg(file);
    }
    if (!QFileInfo::exists(file))
        return QStringLiteral("%1 does not exist (run with ANNALIST_UPDATE_GOLDEN=1 to make it)").arg(file);
    const QString difference = firstDifference(readFile(file), output);
    return difference.isEmpty() ? QString() : file + u':' + difference;
}

QString GoldenFile::firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    if (expected == actual)
        return {};
    const QList<QByteArray> expectedLines = expected.split('\n');
    const QList<QByteArray> actualLines = actual.split('\n');
    for (qsizetype i = 0; i < std::max(expectedLines.size(), actualLines.size()); ++i) {
        const QByteArray want = expectedLines.value(i);
        const QByteArray got = actualLines.value(i);
        if (want != got || i >= expectedLines.size() || i >= actualLines.size()) {
            return QStringLiteral("%1 differs\n  expected: %2\n  actual:   %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(want), QString::fromUtf8(got));
        }
    }
    return QStringLiteral("the line ends differ");
}

} // namespace annalist::test
