// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportSettings.h"

#include <QSettings>

namespace annalist {

namespace {

const auto group = QStringLiteral("export");

QString pageSizeName(QPageSize::PageSizeId size)
{
    return QPageSize::key(size);
}

} // namespace

void ExportSettings::save(QSettings &settings, const ExportOptions &options)
{
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("format"), ExportFormats::name(options.format));
    settings.setValue(QStringLiteral("pageSize"), pageSizeName(options.pageSize));
    settings.setValue(QStringLiteral("titlePage"), options.sections.titlePage);
    settings.setValue(QStringLiteral("contents"), options.sections.contents);
    settings.setValue(QStringLiteral("timeline"), options.sections.timeline);
    settings.setValue(QStringLiteral("sourceAppendix"), options.sections.sourceAppendix);
    settings.setValue(QStringLiteral("entityIndex"), options.sections.entityIndex);
    settings.setValue(QStringLiteral("linkChart"), options.sections.linkChart);
    settings.setValue(QStringLiteral("title"), options.title);
    settings.setValue(QStringLiteral("analyst"), options.analyst);
    settings.setValue(QStringLiteral("handling"), options.handling);
    settings.setValue(QStringLiteral("byteOrderMark"), options.byteOrderMark);
    settings.endGroup();
}

ExportOptions ExportSettings::load(QSettings &settings)
{
    ExportOptions options;
    settings.beginGroup(group);
    options.format
        = ExportFormats::fromName(settings.value(QStringLiteral("format")).toString()).value_or(options.format);
    const QString size = settings.value(QStringLiteral("pageSize")).toString();
    for (QPageSize::PageSizeId id :
         { QPageSize::A4, QPageSize::Letter, QPageSize::Legal, QPageSize::A5, QPageSize::A3 }) {
        if (pageSizeName(id) == size)
            options.pageSize = id;
    }
    const auto flag = [&settings](const QString &key, bool fallback) {
        return settings.value(key, fallback).toBool();
    };
    options.sections.titlePage = flag(QStringLiteral("titlePage"), options.sections.titlePage);
    options.sections.contents = flag(QStringLiteral("contents"), options.sections.contents);
    options.sections.timeline = flag(QStringLiteral("timeline"), options.sections.timeline);
    options.sections.sourceAppendix = flag(QStringLiteral("sourceAppendix"), options.sections.sourceAppendix);
    options.sections.entityIndex = flag(QStringLiteral("entityIndex"), options.sections.entityIndex);
    options.sections.linkChart = flag(QStringLiteral("linkChart"), options.sections.linkChart);
    options.title = settings.value(QStringLiteral("title")).toString();
    options.analyst = settings.value(QStringLiteral("analyst")).toString();
    options.handling = settings.value(QStringLiteral("handling")).toString();
    options.byteOrderMark = flag(QStringLiteral("byteOrderMark"), options.byteOrderMark);
    settings.endGroup();
    return options;
}

} // namespace annalist
