// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyAnnotationRepository.h"

#include "SqlDialect.h"
#include "SqlErrors.h"
#include "SqlValues.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace annalist {

namespace {

QString colorText(const QColor &color)
{
    return color.isValid() ? color.name(QColor::HexRgb) : QStringLiteral("");
}

QColor colorFromText(const QString &text)
{
    return text.isEmpty() ? QColor() : QColor::fromString(text);
}

StorageError notFound(qint64 id)
{
    return { StorageError::Code::NotFound,
             QStringLiteral("there is no chronology annotation %1 in the project").arg(id) };
}

} // namespace

ChronologyAnnotationRepository::ChronologyAnnotationRepository(QSqlDatabase database)
    : m_database(std::move(database))
{ }

ChronologyAnnotationRepository::~ChronologyAnnotationRepository() = default;

Result<qint64> ChronologyAnnotationRepository::insert(const ChronologyAnnotation &annotation, bool keepId)
{
    QSqlQuery query(m_database);
    query.prepare(
        keepId ? QStringLiteral("INSERT INTO chronology_annotations (id, event_id, comment, highlight, created_at)"
                                " VALUES (?, ?, ?, ?, ?)")
               : QStringLiteral("INSERT INTO chronology_annotations (event_id, comment, highlight, created_at)"
                                " VALUES (?, ?, ?, ?)")
                + SqlDialect::of(m_database).returningId());
    int column = 0;
    if (keepId)
        query.bindValue(column++, annotation.id);
    query.bindValue(column++, annotation.eventId);
    query.bindValue(column++, textValue(annotation.comment));
    query.bindValue(column++, colorText(annotation.highlight));
    const QDateTime createdAt = annotation.createdAt.isValid() ? annotation.createdAt : QDateTime::currentDateTimeUtc();
    query.bindValue(column++, createdAt.toMSecsSinceEpoch());
    if (!query.exec())
        return sqlError(query, QStringLiteral("store an annotation on event %1").arg(annotation.eventId));
    return keepId ? annotation.id : SqlDialect::of(m_database).lastInsertedId(query);
}

Result<qint64> ChronologyAnnotationRepository::add(const ChronologyAnnotation &annotation)
{
    return insert(annotation, false);
}

Status ChronologyAnnotationRepository::restore(const ChronologyAnnotation &annotation)
{
    if (annotation.id <= 0) {
        return StorageError { StorageError::Code::Constraint,
                              QStringLiteral("a chronology annotation can only be restored under its id") };
    }
    const Result<qint64> stored = insert(annotation, true);
    if (!stored)
        return stored.error();
    return ok();
}

Result<ChronologyAnnotation> ChronologyAnnotationRepository::find(qint64 id)
{
    Result<QList<ChronologyAnnotation>> found = listWhere(QStringLiteral(" WHERE id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(id);
    return found->takeFirst();
}

Result<QList<ChronologyAnnotation>> ChronologyAnnotationRepository::listWhere(const QString &condition, qint64 value)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, event_id, comment, highlight, created_at FROM chronology_annotations")
                  + condition + QStringLiteral(" ORDER BY event_id, created_at, id"));
    if (!condition.isEmpty())
        query.bindValue(0, value);
    if (!query.exec())
        return sqlError(query, QStringLiteral("list the chronology annotations"));
    QList<ChronologyAnnotation> annotations;
    while (query.next()) {
        ChronologyAnnotation annotation;
        annotation.id = query.value(0).toLongLong();
        annotation.eventId = query.value(1).toLongLong();
        annotation.comment = query.value(2).toString();
        annotation.highlight = colorFromText(query.value(3).toString());
        annotation.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::utc());
        annotations.append(annotation);
    }
    return annotations;
}

Result<QList<ChronologyAnnotation>> ChronologyAnnotationRepository::listForEvent(qint64 eventId)
{
    return listWhere(QStringLiteral(" WHERE event_id = ?"), eventId);
}

Result<QList<ChronologyAnnotation>> ChronologyAnnotationRepository::list()
{
    return listWhere({}, 0);
}

Status ChronologyAnnotationRepository::change(const QString &sql, qint64 id, const QString &value)
{
    QSqlQuery query(m_database);
    query.prepare(sql);
    query.bindValue(0, value);
    query.bindValue(1, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("change chronology annotation %1").arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return ok();
}

Status ChronologyAnnotationRepository::setComment(qint64 id, const QString &comment)
{
    return change(QStringLiteral("UPDATE chronology_annotations SET comment = ? WHERE id = ?"), id, textValue(comment));
}

Status ChronologyAnnotationRepository::setHighlight(qint64 id, const QColor &highlight)
{
    return change(QStringLiteral("UPDATE chronology_annotations SET highlight = ? WHERE id = ?"), id,
                  colorText(highlight));
}

Status ChronologyAnnotationRepository::remove(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM chronology_annotations WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("remove chronology annotation %1").arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return ok();
}

} // namespace annalist
