// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BratDocument.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace annalist {

QString BratError::message() const
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason);
    return QStringLiteral("%1: %2").arg(file, reason);
}

QString BratDocument::normalisedType(const QString &type)
{
    static const QHash<QString, QString> types = {
        { QStringLiteral("person"), QStringLiteral("Person") },
        { QStringLiteral("per"), QStringLiteral("Person") },
        { QStringLiteral("organisation"), QStringLiteral("Organisation") },
        { QStringLiteral("organization"), QStringLiteral("Organisation") },
        { QStringLiteral("org"), QStringLiteral("Organisation") },
        { QStringLiteral("place"), QStringLiteral("Place") },
        { QStringLiteral("loc"), QStringLiteral("Place") },
        { QStringLiteral("location"), QStringLiteral("Place") },
        { QStringLiteral("gpe"), QStringLiteral("Place") },
        { QStringLiteral("fac"), QStringLiteral("Place") },
        { QStringLiteral("facility"), QStringLiteral("Place") },
        { QStringLiteral("title"), QStringLiteral("Title") },
        { QStringLiteral("role"), QStringLiteral("Title") },
    };
    return types.value(type.toLower(), type);
}

QString BratDocument::annotationPath(const QString &textPath)
{
    const QFileInfo info(textPath);
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".ann");
}

Result<BratDocument, BratError> BratDocument::load(const QString &textPath)
{
    QFile textFile(textPath);
    if (!textFile.open(QIODevice::ReadOnly))
        return BratError { textPath, 0, QStringLiteral("cannot read: %1").arg(textFile.errorString()) };
    const QString annPath = annotationPath(textPath);
    QFile annFile(annPath);
    if (!annFile.open(QIODevice::ReadOnly))
        return BratError { annPath, 0, QStringLiteral("cannot read: %1").arg(annFile.errorString()) };
    auto document = parse(QString::fromUtf8(textFile.readAll()), QString::fromUtf8(annFile.readAll()), annPath);
    if (document) {
        document->name = QFileInfo(textPath).completeBaseName();
        document->textPath = textPath;
    }
    return document;
}

Result<BratDocument, BratError> BratDocument::parse(const QString &text, const QString &annotations,
                                                    const QString &fileName)
{
    BratDocument document;
    document.text = text;
    const QStringList lines = annotations.split(QLatin1Char('\n'));
    for (int number = 1; number <= lines.size(); ++number) {
        QString line = lines.at(number - 1);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || !line.startsWith(QLatin1Char('T')))
            continue;
        auto fail = [&](const QString &reason) {
            return BratError { fileName, number, reason };
        };
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 2)
            return fail(QStringLiteral("expected 'ID<TAB>TYPE START END<TAB>TEXT'"));
        const QString &id = fields.at(0);
        bool numericId = id.size() > 1;
        for (qsizetype index = 1; index < id.size(); ++index)
            numericId = numericId && id.at(index).isDigit();
        if (!numericId)
            return fail(QStringLiteral("bad annotation id '%1'").arg(id));
        const QString &typeAndSpans = fields.at(1);
        const qsizetype space = typeAndSpans.indexOf(QLatin1Char(' '));
        if (space <= 0)
            return fail(QStringLiteral("missing span after type"));
        BratEntity entity;
        entity.id = id;
        entity.type = normalisedType(typeAndSpans.left(space));
        entity.start = -1;
        entity.end = -1;
        const QStringList fragments = typeAndSpans.mid(space + 1).split(QLatin1Char(';'));
        for (const QString &fragment : fragments) {
            const QStringList offsets = fragment.trimmed().split(QLatin1Char(' '));
            bool startOk = false;
            bool endOk = false;
            const int start = offsets.size() == 2 ? offsets.at(0).toInt(&startOk) : 0;
            const int end = offsets.size() == 2 ? offsets.at(1).toInt(&endOk) : 0;
            if (!startOk || !endOk)
                return fail(QStringLiteral("bad span '%1'").arg(fragment.trimmed()));
            if (start < 0 || end <= start || end > text.size())
                return fail(
                    QStringLiteral("span %1-%2 outside the text (%3 characters)").arg(start).arg(end).arg(text.size()));
            entity.start = entity.start < 0 ? start : std::min(entity.start, start);
            entity.end = std::max(entity.end, end);
        }
        entity.text = text.mid(entity.start, entity.end - entity.start);
        if (fragments.size() == 1 && fields.size() >= 3) {
            // brat shows line breaks inside a span as spaces.
            QString shown = entity.text;
            shown.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
            if (fields.at(2) != shown)
                return fail(
                    QStringLiteral("text '%1' does not match the span, which reads '%2'").arg(fields.at(2), shown));
        }
        document.entities.append(entity);
    }
    std::stable_sort(document.entities.begin(), document.entities.end(), [](const BratEntity &a, const BratEntity &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    return document;
}

} // namespace annalist
