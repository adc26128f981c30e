// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace annalist::test {

// ../shared next to the checkout (seed articles, development data); empty if absent.
QString sharedDirectory();
QString seedsDirectory();
// Directory holding the built programs (annalist-cli and test helpers).
QString binaryDirectory();
// A path under tests/ in the source tree ("data/brat"), wherever the build and the
// compiler cache put the test (QFINDTESTDATA goes by __FILE__, which ccache may make relative).
QString testsSourcePath(const QString &relativePath);
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace annalist::test
