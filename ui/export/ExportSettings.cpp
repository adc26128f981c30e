// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportSettings.h"

#include "ui/settings/Settings.h"

#include <QSettings>

namespace annalist {

namespace {

QString pageSizeName(QPageSize::PageSizeId size)
{
    return QPageSize::key(size);
}

} // namespace

void ExportSettings::save(QSettings &settings, const ExportOptions &options)
{
    using namespace SettingKeys;
    Settings::setValue(settings, exportFormat(), ExportFormats::name(options.format));
    Settings::setValue(settings, exportPageSize(), pageSizeName(options.pageSize));
    Settings::setValue(settings, exportTitlePage(), options.sections.titlePage);
    Settings::setValue(settings, exportContents(), options.sections.contents);
    Settings::setValue(settings, exportTimeline(), options.sections.timeline);
    Settings::setValue(settings, exportSourceAppendix(), options.sections.sourceAppendix);
    Settings::setValue(settings, exportEntityIndex(), options.sections.entityIndex);
    Settings::setValue(settings, exportLinkChart(), options.sections.linkChart);
    Settings::setValue(settings, exportTitle(), options.title);
    Settings::setValue(settings, exportAnalyst(), options.analyst);
    Settings::setValue(settings, exportHandling(), options.handling);
    Settings::setValue(settings, exportByteOrderMark(), options.byteOrderMark);
    Settings::setValue(settings, exportAttribution(), options.attribution);
}

ExportOptions ExportSettings::load(QSettings &settings)
{
    using namespace SettingKeys;
    ExportOptions options;
    options.format = ExportFormats::fromName(Settings::value(settings, exportFormat())).value_or(options.format);
    const QString size = Settings::value(settings, exportPageSize());
    for (QPageSize::PageSizeId id :
         { QPageSize::A4, QPageSize::Letter, QPageSize::Legal, QPageSize::A5, QPageSize::A3 }) {
        if (pageSizeName(id) == size)
            options.pageSize = id;
    }
    options.sections.titlePage = Settings::value(settings, exportTitlePage());
    options.sections.contents = Settings::value(settings, exportContents());
    options.sections.timeline = Settings::value(settings, exportTimeline());
    options.sections.sourceAppendix = Settings::value(settings, exportSourceAppendix());
    options.sections.entityIndex = Settings::value(settings, exportEntityIndex());
    options.sections.linkChart = Settings::value(settings, exportLinkChart());
    options.title = Settings::value(settings, exportTitle());
    options.analyst = Settings::value(settings, exportAnalyst());
    options.handling = Settings::value(settings, exportHandling());
    options.byteOrderMark = Settings::value(settings, exportByteOrderMark());
    options.attribution = Settings::value(settings, exportAttribution());
    return options;
}

} // namespace annalist
