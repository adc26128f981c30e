// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BratWriter.h"

#include <QDir>
#include <QFile>

namespace annalist {

QString BratWriter::annotations(const QString &text, const QList<BratEntity> &entities)
{
    QString out;
    int number = 0;
    for (const BratEntity &entity : entities) {
        QString shown = text.mid(entity.start, entity.end - entity.start);
        shown.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
        out += QStringLiteral("T%1\t%2 %3 %4\t%5\n")
                   .arg(++number)
                   .arg(entity.type)
                   .arg(entity.start)
                   .arg(entity.end)
                   .arg(shown);
    }
    return out;
}

QString BratWriter::write(const QString &directory, const QString &name, const QString &text,
                          const QList<BratEntity> &entities)
{
    if (!QDir().mkpath(directory))
        return QStringLiteral("%1: cannot create folder").arg(directory);
    const QString base = QDir(directory).filePath(name);
    const std::pair<QString, QString> files[]
        = { { base + QStringLiteral(".txt"), text }, { base + QStringLiteral(".ann"), annotations(text, entities) } };
    for (const auto &[path, content] : files) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content.toUtf8()) < 0)
            return QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
    }
    return {};
}

} // namespace annalist
