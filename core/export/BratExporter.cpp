// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BratExporter.h"

#include "BratStandoff.h"
#include "ExportContentLoader.h"

#include "model/Mention.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace annalist {

BratExporter::BratExporter(Project &project)
    : m_project(project)
{ }

QString BratExporter::annotations(const QString &text, QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return std::tie(a.start, a.end, a.typeName, a.entityName) < std::tie(b.start, b.end, b.typeName, b.entityName);
    });
    const BratStandoff::Offsets offsets(text);
    QString ann;
    int number = 0;
    for (const Span &span : spans) {
        ++number;
        QString shown = text.mid(span.start, span.end - span.start);
        shown.replace(u'\n', u' ').replace(u'\t', u' ').replace(u'\r', u' ');
        ann += QStringLiteral("T%1\t%2 %3 %4\t%5\n")
                   .arg(number)
                   .arg(BratStandoff::bratType(span.typeName))
                   .arg(offsets.toCodePoint(span.start))
                   .arg(offsets.toCodePoint(span.end))
                   .arg(shown);
        QString name = span.entityName.simplified();
        ann += QStringLiteral("#%1\t%2 T%1\t%3\n").arg(number).arg(QString::fromLatin1(BratStandoff::noteType), name);
    }
    return ann;
}

Result<QList<std::pair<QString, QByteArray>>, ExportError> BratExporter::files(const ChronologyFilter &filter,
                                                                               const ExportProgress &progress)
{
    const Result<QList<EntityType>> types = m_project.entities().types();
    const Result<QList<Entity>> entities = m_project.entities().list();
    const Result<QList<SourceSummary>> sources = m_project.sources().list();
    if (!types || !entities || !sources)
        return ExportError::failed(!types          ? types.error().message
                                       : !entities ? entities.error().message
                                                   : sources.error().message);
    QHash<qint64, QString> typeNames;
    for (const EntityType &type : *types)
        typeNames.insert(type.id, type.name);
    QHash<qint64, std::pair<QString, QString>> entityOf; // id -> (type name, canonical name)
    for (const Entity &entity : *entities)
        entityOf.insert(entity.id, { typeNames.value(entity.typeId), entity.canonicalName });

    QList<qint64> sourceIds;
    if (filter.isEmpty()) {
        for (const SourceSummary &summary : *sources)
            sourceIds << summary.id;
    } else {
        const Result<ExportContent> content = ExportContentLoader(m_project).load(filter);
        if (!content)
            return ExportError::failed(content.error().message);
        for (const CitedSource &source : content->sources)
            sourceIds << source.id;
        std::sort(sourceIds.begin(), sourceIds.end());
    }

    QList<std::pair<QString, QByteArray>> out;
    QSet<QString> usedTypes;
    QSet<QString> names;
    int done = 0;
    for (qint64 id : sourceIds) {
        const Result<QString> text = m_project.sources().body(id);
        const Result<QList<Mention>> mentions = m_project.mentions().listForSource(id);
        if (!text || !mentions)
            return ExportError::failed(!text ? text.error().message : mentions.error().message);
        QList<Span> spans;
        for (const Mention &mention : *mentions) {
            if (mention.status != Mention::Status::Confirmed || mention.start < 0 || mention.end > text->size()
                || mention.end <= mention.start)
                continue;
            const auto entity = entityOf.value(mention.entityId);
            spans.append(Span { mention.start, mention.end, entity.first, entity.second });
            usedTypes.insert(BratStandoff::bratType(entity.first));
        }
        QString name = BratStandoff::baseName(*text);
        // The same text twice in a project (it cannot be, but a filter does not know).
        for (int n = 2; names.contains(name); ++n)
            name = BratStandoff::baseName(*text) + QStringLiteral("-%1").arg(n);
        names.insert(name);
        out.append({ name + QStringLiteral(".txt"), text->toUtf8() });
        out.append({ name + QStringLiteral(".ann"), annotations(*text, spans).toUtf8() });
        if (progress && !progress(++done, static_cast<int>(sourceIds.size())))
            return ExportError::cancelled();
    }
    QStringList typeList = usedTypes.values();
    std::sort(typeList.begin(), typeList.end());
    QString conf = QStringLiteral("# The entity types of this collection, written by Annalist.\n[entities]\n");
    for (const QString &type : typeList)
        conf += type + u'\n';
    conf += QStringLiteral("\n[relations]\n\n[events]\n\n[attributes]\n");
    out.append({ QStringLiteral("annotation.conf"), conf.toUtf8() });
    return out;
}

} // namespace annalist
