// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What every fuzz target shares: the input as bytes or text, and a Qt application
// object for the parts of Qt that want one (SQL drivers, resources). Header only.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace annalist::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "annalist-fuzz";
    static char *argv[] = { name, nullptr };
    static std::unique_ptr<QCoreApplication> application;
    if (!QCoreApplication::instance())
        application = std::make_unique<QCoreApplication>(argc, argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input read as UTF-8, invalid sequences replaced, as the importers hand text on.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace annalist::fuzz
