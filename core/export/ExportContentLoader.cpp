// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportContentLoader.h"

#include "chronology/ChronologyFilter.h"
#include "chronology/ChronologyLoader.h"
#include "chronology/SourceDating.h"
#include "storage/EntityRepository.h"
#include "storage/Project.h"
#include "storage/ProjectName.h"
#include "storage/SourceRepository.h"

#include <QFileInfo>

namespace annalist {

ExportContentLoader::ExportContentLoader(Project &project)
    : m_project(project)
{ }

Result<ExportContent> ExportContentLoader::load(const ChronologyFilter &filter)
{
    ExportContent content;
    content.projectName = projectName(m_project.location());

    ChronologyLoader loader(m_project);
    Result<QList<ChronologyEntry>> entries = loader.load();
    if (!entries)
        return entries.error();
    content.totalEvents = static_cast<int>(entries->size());
    if (filter.isEmpty()) {
        content.entries = std::move(*entries);
    } else {
        for (ChronologyEntry &entry : *entries) {
            if (filter.accepts(entry))
                content.entries.append(std::move(entry));
        }
    }

    const Result<QList<EntityType>> types = m_project.entities().types();
    if (!types)
        return types.error();
    QHash<qint64, QString> typeNames;
    for (const EntityType &type : *types)
        typeNames.insert(type.id, type.name);
    const Result<QList<Entity>> entities = m_project.entities().list();
    if (!entities)
        return entities.error();
    for (const Entity &entity : *entities)
        content.entities.insert(entity.id,
                                ExportEntity { entity.id, entity.canonicalName, typeNames.value(entity.typeId) });

    const SourceDating dating(*entities);
    QHash<qint64, qsizetype> sourceIndex;
    for (const ChronologyEntry &entry : content.entries) {
        for (const EvidenceItem &item : entry.evidence) {
            const qint64 id = item.evidence.sourceId;
            if (const auto known = sourceIndex.constFind(id); known != sourceIndex.cend()) {
                ++content.sources[*known].citations;
                continue;
            }
            const Result<Source> source = m_project.sources().metadata(id);
            if (!source)
                return source.error();
            CitedSource cited;
            cited.id = id;
            cited.title = source->title;
            cited.outlet = source->outlet;
            cited.author = source->author;
            cited.url = source->url;
            cited.language = source->language;
            cited.originalName = source->originalName;
            cited.mediaType = source->mediaType;
            cited.published = source->published;
            cited.grade = source->reliability;
            cited.sha256 = source->sha256;
            cited.importedAt = source->importedAt;
            cited.citations = 1;
            if (!cited.published.isKnown()) {
                const Result<QString> body = m_project.sources().body(id);
                if (!body)
                    return body.error();
                const SourceDatingResult dated = dating.date(*body);
                if (!dated.impossible && dated.window.isKnown()) {
                    cited.inferredWindow = dated.window;
                    for (const DatingReason &reason : dated.reasons)
                        cited.inferredBecause.append(reason.text);
                }
            }
            sourceIndex.insert(id, content.sources.size());
            content.sources.append(std::move(cited));
        }
    }
    return content;
}

} // namespace annalist
