// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace annalist::test {

// Compares output with a file kept under tests/ (a golden file). With the environment
// variable ANNALIST_UPDATE_GOLDEN=1 the file is written from the output first, to be
// reviewed and committed when an exporter's output changes on purpose.
class GoldenFile final
{
public:
    // relativePath: under tests/, e.g. "core/export/golden/fixture.csv".
    static QString path(const QString &relativePath);
    // Empty when the output is the file's content; otherwise what differs first, with
    // the line number and both lines.
    static QString difference(const QString &relativePath, const QByteArray &output);
    // Empty when equal; otherwise the first line that differs, numbered, in both.
    static QString firstDifference(const QByteArray &expected, const QByteArray &actual);
};

} // namespace annalist::test
