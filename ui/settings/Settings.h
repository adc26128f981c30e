// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace annalist {

// A remembered setting: its key in QSettings, its type and the value it has until the
// user changes it.
template<typename T> struct SettingKey
{
    QString name;
    T defaultValue {};
};

// Every setting the program keeps, in one place. The keys are functions because some
// defaults (the home folder) and some names (a project's open panes) are known only at
// run time.
namespace SettingKeys {

// The main window.
SettingKey<QByteArray> windowGeometry();
SettingKey<QByteArray> windowState();
SettingKey<QString> lastProject();
SettingKey<QStringList> recentProjects();
// The sources open in the panes of one project, by a key made of its path.
SettingKey<QVariantList> openPanes(const QString &projectKey);
SettingKey<QStringList> hiddenTypeNames();
SettingKey<bool> analyzeOnImport();
SettingKey<QString> importFolder();
SettingKey<QString> chronologyImportFolder();
// The last team server asked for in File ▸ Open Team Project (never its password).
SettingKey<QString> teamHost();
SettingKey<int> teamPort();
SettingKey<QString> teamDatabase();
SettingKey<QString> teamUser();
SettingKey<QString> teamSslMode();
SettingKey<bool> teamKeepPassword();

// Reading.
SettingKey<int> readerZoomSteps();
SettingKey<QString> colorTheme();
SettingKey<QStringList> searchHistory();

// The timeline: 0 lanes by theme, 1 by participant.
SettingKey<int> timelineLanes();
SettingKey<bool> timelineShowsReports();

// The export dialog; the export choices themselves are ExportSettings' keys below.
SettingKey<QByteArray> exportDialogGeometry();
SettingKey<QByteArray> exportDialogSplitter();
SettingKey<QString> exportFolder();
// The project the remembered report title was given for.
SettingKey<QString> exportTitleProject();
SettingKey<QString> exportFormat();
SettingKey<QString> exportPageSize();
SettingKey<bool> exportTitlePage();
SettingKey<bool> exportContents();
SettingKey<bool> exportTimeline();
SettingKey<bool> exportSourceAppendix();
SettingKey<bool> exportEntityIndex();
SettingKey<bool> exportLinkChart();
SettingKey<QString> exportTitle();
SettingKey<QString> exportAnalyst();
SettingKey<QString> exportHandling();
SettingKey<bool> exportByteOrderMark();
SettingKey<bool> exportAttribution();

} // namespace SettingKeys

// Reads and writes settings by their typed keys, in the application's QSettings or in
// the given one.
class Settings final
{
public:
    template<typename T> static T value(const SettingKey<T> &key)
    {
        QSettings settings;
        return value(settings, key);
    }
    template<typename T> static T value(const QSettings &settings, const SettingKey<T> &key)
    {
        const QVariant stored = settings.value(key.name);
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : key.defaultValue;
    }
    template<typename T> static void setValue(const SettingKey<T> &key, const T &value)
    {
        QSettings settings;
        setValue(settings, key, value);
    }
    template<typename T> static void setValue(QSettings &settings, const SettingKey<T> &key, const T &value)
    {
        settings.setValue(key.name, QVariant::fromValue(value));
    }
};

} // namespace annalist
