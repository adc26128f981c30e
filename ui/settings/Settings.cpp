// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Settings.h"

#include "export/ExportOptions.h"

#include <QDir>

namespace annalist::SettingKeys {

SettingKey<QByteArray> windowGeometry()
{
    return { QStringLiteral("window/geometry") };
}
SettingKey<QByteArray> windowState()
{
    return { QStringLiteral("window/state") };
}
SettingKey<QString> lastProject()
{
    return { QStringLiteral("projects/last") };
}
SettingKey<QString> teamHost()
{
    return { QStringLiteral("team/host"), QStringLiteral("localhost") };
}
SettingKey<int> teamPort()
{
    return { QStringLiteral("team/port"), 5432 };
}
SettingKey<QString> teamDatabase()
{
    return { QStringLiteral("team/database") };
}
SettingKey<QString> teamUser()
{
    return { QStringLiteral("team/user"), qEnvironmentVariable("USER") };
}
SettingKey<QString> teamSslMode()
{
    return { QStringLiteral("team/sslmode"), QStringLiteral("prefer") };
}
SettingKey<bool> teamKeepPassword()
{
    return { QStringLiteral("team/keepPassword"), false };
}
SettingKey<QStringList> recentProjects()
{
    return { QStringLiteral("projects/recent") };
}
SettingKey<QVariantList> openPanes(const QString &projectKey)
{
    return { QStringLiteral("panes/") + projectKey };
}
SettingKey<QStringList> hiddenTypeNames()
{
    return { QStringLiteral("reader/hiddenTypes") };
}
SettingKey<bool> analyzeOnImport()
{
    return { QStringLiteral("analysis/onImport"), true };
}
SettingKey<QString> importFolder()
{
    return { QStringLiteral("import/lastFolder"), QDir::homePath() };
}
SettingKey<QString> chronologyImportFolder()
{
    return { QStringLiteral("importChronology/lastFolder"), QDir::homePath() };
}

SettingKey<int> readerZoomSteps()
{
    return { QStringLiteral("reader/zoomSteps"), 0 };
}
SettingKey<QString> colorTheme()
{
    return { QStringLiteral("appearance/colorTheme") };
}
SettingKey<QStringList> searchHistory()
{
    return { QStringLiteral("search/history") };
}

SettingKey<int> timelineLanes()
{
    return { QStringLiteral("timeline/lanes"), 0 };
}
SettingKey<bool> timelineShowsReports()
{
    return { QStringLiteral("timeline/showReports"), false };
}

SettingKey<QByteArray> exportDialogGeometry()
{
    return { QStringLiteral("exportDialog/geometry") };
}
SettingKey<QByteArray> exportDialogSplitter()
{
    return { QStringLiteral("exportDialog/splitter") };
}
SettingKey<QString> exportFolder()
{
    return { QStringLiteral("exportDialog/folder") };
}
SettingKey<QString> exportTitleProject()
{
    return { QStringLiteral("exportDialog/titleProject") };
}
SettingKey<QString> exportFormat()
{
    return { QStringLiteral("export/format") };
}
SettingKey<QString> exportPageSize()
{
    return { QStringLiteral("export/pageSize") };
}
SettingKey<bool> exportTitlePage()
{
    return { QStringLiteral("export/titlePage"), ExportOptions().sections.titlePage };
}
SettingKey<bool> exportContents()
{
    return { QStringLiteral("export/contents"), ExportOptions().sections.contents };
}
SettingKey<bool> exportTimeline()
{
    return { QStringLiteral("export/timeline"), ExportOptions().sections.timeline };
}
SettingKey<bool> exportSourceAppendix()
{
    return { QStringLiteral("export/sourceAppendix"), ExportOptions().sections.sourceAppendix };
}
SettingKey<bool> exportEntityIndex()
{
    return { QStringLiteral("export/entityIndex"), ExportOptions().sections.entityIndex };
}
SettingKey<bool> exportLinkChart()
{
    return { QStringLiteral("export/linkChart"), ExportOptions().sections.linkChart };
}
SettingKey<QString> exportTitle()
{
    return { QStringLiteral("export/title") };
}
SettingKey<QString> exportAnalyst()
{
    return { QStringLiteral("export/analyst") };
}
SettingKey<QString> exportHandling()
{
    return { QStringLiteral("export/handling") };
}
SettingKey<bool> exportByteOrderMark()
{
    return { QStringLiteral("export/byteOrderMark"), ExportOptions().byteOrderMark };
}
SettingKey<bool> exportAttribution()
{
    return { QStringLiteral("export/attribution"), ExportOptions().attribution };
}

} // namespace annalist::SettingKeys
