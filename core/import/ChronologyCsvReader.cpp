// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyCsvReader.h"

#include "export/ChronologyCsvWriter.h"
#include "export/ReportWording.h"

#include "EdtfTimeReader.h"
#include "common/CsvReader.h"
#include "common/CsvWriter.h"

#include <QHash>

namespace annalist {

namespace {

class Row final
{
public:
    Row(const CsvReader::Record &record, const QHash<QString, int> &columns)
        : m_record(record)
        , m_columns(columns)
    { }

    QString operator[](const char *column) const
    {
        const int index = m_columns.value(QString::fromLatin1(column), -1);
        return index < 0 ? QString() : CsvWriter::fromFormulaGuarded(m_record.fields.value(index));
    }
    int line() const { return m_record.line; }

private:
    const CsvReader::Record &m_record;
    const QHash<QString, int> &m_columns;
};

} // namespace

Result<ImportedChronology, QString> ChronologyCsvReader::read(const QString &text, const QString &fileName)
{
    QString csvError;
    const QList<CsvReader::Record> records = CsvReader::read(text, &csvError);
    if (!csvError.isEmpty())
        return QStringLiteral("%1:%2").arg(fileName, csvError.mid(QStringLiteral("line ").size()));
    if (records.isEmpty())
        return QStringLiteral("%1: the file is empty").arg(fileName);
    QHash<QString, int> columns;
    const QStringList header = records.first().fields;
    for (int i = 0; i < header.size(); ++i)
        columns.insert(header.at(i).trimmed().toLower().replace(u'_', u' '), i);
    if (!columns.contains(QStringLiteral("title"))) {
        return QStringLiteral("%1:1: no column \"title\"; the first line must name the columns (%2)")
            .arg(fileName, ChronologyCsvWriter::columns().join(QStringLiteral(", ")));
    }

    ImportedChronology chronology;
    QHash<QString, qsizetype> eventOf;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Row row(records.at(r), columns);
        const QString number = row["event"].trimmed();
        ImportedEvent *event = nullptr;
        if (!number.isEmpty()) {
            if (const auto it = eventOf.constFind(number); it != eventOf.cend())
                event = &chronology.events[*it];
        }
        if (!event) {
            ImportedEvent fresh;
            fresh.row = row.line();
            fresh.title = row["title"].trimmed();
            fresh.kind = row["kind"].trimmed();
            fresh.lane = row["lane"].trimmed();
            for (const QString &tag : row["tags"].split(u';', Qt::SkipEmptyParts)) {
                if (!tag.trimmed().isEmpty())
                    fresh.tags << tag.trimmed();
            }
            if (const QString time = row["time"].trimmed(); !time.isEmpty()) {
                const auto parsed = EdtfTimeReader::read(time);
                if (const auto *error = std::get_if<EdtfTimeReader::Error>(&parsed))
                    chronology.warnings << QStringLiteral("%1:%2: time '%3' left out: %4")
                                               .arg(fileName)
                                               .arg(row.line())
                                               .arg(time, error->message);
                else
                    fresh.time = std::get<TimeValue>(parsed);
            }
            const QList<ParticipantNotation::Name> places = ParticipantNotation::read(row["place"]);
            if (!places.isEmpty())
                fresh.place = places.first();
            fresh.participants = ParticipantNotation::read(row["participants"]);
            if (const QString credibility = row["credibility"].trimmed(); !credibility.isEmpty()) {
                bool numeric = false;
                const int value = credibility.toInt(&numeric);
                if (numeric && value >= 1 && value <= 6)
                    fresh.credibility = value;
                else
                    chronology.warnings << QStringLiteral("%1:%2: credibility '%3' left out: it takes 1 to 6")
                                               .arg(fileName)
                                               .arg(row.line())
                                               .arg(credibility);
            }
            fresh.description = row["description"];
            fresh.assessment = row["assessment"];
            fresh.comment = row["comment"];
            if (const QString highlight = row["highlight"].trimmed(); !highlight.isEmpty())
                fresh.highlight = QColor::fromString(highlight);
            if (fresh.title.isEmpty()) {
                chronology.warnings
                    << QStringLiteral("%1:%2: a row without a title is left out").arg(fileName).arg(row.line());
                continue;
            }
            chronology.events.append(fresh);
            event = &chronology.events.last();
            if (!number.isEmpty())
                eventOf.insert(number, chronology.events.size() - 1);
        }
        const QString quote = row["quote"];
        if (quote.trimmed().isEmpty())
            continue;
        ImportedPassage passage;
        passage.row = row.line();
        passage.source = row["source"].trimmed();
        passage.quote = quote;
        const std::optional<Evidence::Stance> stance = ReportWording::stanceFromName(row["stance"]);
        if (!stance)
            chronology.warnings << QStringLiteral("%1:%2: stance '%3' read as \"supports\"")
                                       .arg(fileName)
                                       .arg(row.line())
                                       .arg(row["stance"]);
        passage.stance = stance.value_or(Evidence::Stance::Supports);
        if (const QString reported = row["reported"].trimmed(); !reported.isEmpty()) {
            const auto parsed = EdtfTimeReader::read(reported);
            if (const auto *time = std::get_if<TimeValue>(&parsed))
                passage.reported = *time;
            else
                chronology.warnings
                    << QStringLiteral("%1:%2: reported time '%3' left out").arg(fileName).arg(row.line()).arg(reported);
        }
        passage.note = row["note"];
        event->passages.append(passage);
    }
    return chronology;
}

} // namespace annalist
