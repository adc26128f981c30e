// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SampleProject.h"

#include "SampleChronology.h"

#include "analysis/ProjectAnalyzer.h"
#include "ingest/SourceImporter.h"
#include "model/Source.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace annalist {

QString SampleProject::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return folder + QStringLiteral("/annalist/Sample - Port of Sorrel.annalist");
}

Status SampleProject::ensureExists(const QString &path)
{
    if (QFileInfo::exists(path))
        return ok();
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Built under another name and renamed when complete, so that a failure leaves no
    // half-made sample to be opened next time.
    const QString partial = path + QStringLiteral(".part");
    for (const QString &leftover :
         QStringList { partial, partial + QStringLiteral("-wal"), partial + QStringLiteral("-shm") })
        QFile::remove(leftover);
    Status built = build(partial);
    if (built && !QFile::rename(partial, path))
        built = StorageError { StorageError::Code::Io,
                               QStringLiteral("the sample project cannot be written to %1").arg(path) };
    if (!built)
        QFile::remove(partial);
    return built;
}

Status SampleProject::build(const QString &path)
{
    auto project = Project::create(path);
    if (!project)
        return project.error();

    const QDir samples(QStringLiteral(":/sample"));
    WriteTransaction transaction((*project)->database());
    for (const QString &name : samples.entryList(QDir::Files, QDir::Name)) {
        QFile file(samples.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return StorageError { StorageError::Code::Io,
                                  QStringLiteral("the bundled sample %1 cannot be read").arg(name) };
        auto source = SourceImporter::sourceFrom(file.readAll(), name);
        if (!source)
            return StorageError { StorageError::Code::Io,
                                  QStringLiteral("the bundled sample %1: %2").arg(name, source.error().message) };
        if (source->outlet == QStringLiteral("Kestrian Courier"))
            source->reliability = ReliabilityGrade::B;
        else if (source->outlet == QStringLiteral("Harbour Gazette"))
            source->reliability = ReliabilityGrade::C;
        if (const auto added = (*project)->sources().add(*source); !added)
            return added.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    // The sample shows what analysis proposes, as a new project would after an import.
    ProjectAnalyzer analyzer(**project);
    if (const auto analysed = analyzer.analyze(); !analysed)
        return analysed.error();
    // And a chronology begun on it, with the roles that date the undated brief.
    QFile chronology(QStringLiteral(":/sample-chronology/chronology.json"));
    QFile roles(QStringLiteral(":/sample-chronology/roles.csv"));
    if (!chronology.open(QIODevice::ReadOnly) || !roles.open(QIODevice::ReadOnly))
        return StorageError { StorageError::Code::Io, QStringLiteral("the bundled sample chronology cannot be read") };
    return SampleChronology::write(**project, chronology.readAll(), roles.readAll());
}

} // namespace annalist
