// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A small chronology that uses every feature an export shows: exact days, a month
// given roughly, a span, a moment, a time open at the start, an undated event without
// passages, participants with roles and types, a contradicting passage (a conflict),
// a comment with a highlight, a passage reported apart from its publication, an undated
// source, quotes in Greek, Cyrillic and Arabic, and text that looks like CSV, iCalendar
// and Markdown markup. Fixed import times and ids make every export of it the same.
// Header only, beside ProjectFixture.

#include "ProjectFixture.h"

#include "model/ChronologyAnnotation.h"
#include "model/TimeValueParser.h"
#include "storage/ChronologyAnnotationRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"

#include <QTimeZone>

namespace annalist::test {

class ExportFixture final
{
public:
    static QString courierText()
    {
        return QStringLiteral(
            "Concession awarded to Bellwether Marine\n"
            "AVENTA, February 3, 2025 (Kestrian Courier) — The Kestrian Ministry of Transport on Monday awarded a "
            "30-year concession to operate the container terminal at the Port of Sorrel to Bellwether Marine, ending a "
            "tender that lasted, by some counts, \"far too long\". Deputy minister Adrian Pell chaired the board; a "
            "spokesman said: \"The criteria were fair; every bidder knew them.\"\n"
            "A hearing is set for February 14 at 10:30.\n");
    }
    static QString gazetteText()
    {
        return QStringLiteral(
            "Opposition alleges the tender was rigged\n"
            "Lawmaker Lina Okoro said on Monday, one week after the concession was awarded, that the technical "
            "criteria "
            "were changed twice in January. The ministry said all bidders had been informed of the changes at the same "
            "time. Okoro said the hearing will show “who knew what, and when”.\n");
    }
    static QString briefText()
    {
        return QStringLiteral(
            "Undated brief\n"
            "Η συμφωνία υπογράφηκε στο λιμάνι. Соглашение было подписано в порту. تم توقيع الاتفاقية في الميناء.\n"
            "The payments to Greyfield Advisory had been approved by his board, the brief says.\n");
    }

    // Fills an empty project; false (with a warning) when something could not be stored.
    static bool fill(ProjectFixture &fixture)
    {
        Project &project = fixture.project();
        const qint64 courier = addSource(
            project, QStringLiteral("Concession awarded to Bellwether Marine"), QStringLiteral("Kestrian Courier"),
            courierText(), TimeValue::day(QDate(2025, 2, 3)), ReliabilityGrade::B, QStringLiteral("01-concession.md"));
        const qint64 gazette
            = addSource(project, QStringLiteral("Opposition alleges the tender was rigged"),
                        QStringLiteral("Harbour Gazette"), gazetteText(), TimeValue::day(QDate(2025, 2, 10)),
                        ReliabilityGrade::C, QStringLiteral("02-opposition.txt"));
        const qint64 brief = addSource(project, QStringLiteral("Undated brief"), QString(), briefText(), TimeValue(),
                                       ReliabilityGrade::Unrated, QStringLiteral("05-brief.txt"));
        const qint64 pell = fixture.addEntity(QStringLiteral("Adrian Pell"));
        const qint64 okoro = fixture.addEntity(QStringLiteral("Lina Okoro"));
        const qint64 ministry
            = fixture.addEntity(QStringLiteral("Kestrian Ministry of Transport"), QStringLiteral("Organisation"));
        const qint64 bellwether
            = fixture.addEntity(QStringLiteral("Bellwether Marine"), QStringLiteral("Organisation"));
        const qint64 port = fixture.addEntity(QStringLiteral("Port of Sorrel"), QStringLiteral("Place"));
        const qint64 aventa = fixture.addEntity(QStringLiteral("Aventa"), QStringLiteral("Place"));
        if (!courier || !gazette || !brief || !pell || !okoro || !ministry || !bellwether || !port || !aventa)
            return false;
        // Confirmed names, some inside quotes (claims), and a candidate, which brat leaves out.
        const bool named
            = fixture.addMentionOf(ministry, courier, QStringLiteral("Kestrian Ministry of Transport")) != 0
            && fixture.addMentionOf(port, courier, QStringLiteral("Port of Sorrel")) != 0
            && fixture.addMention(bellwether, courier, int(courierText().indexOf(QStringLiteral("Bellwether Marine,"))),
                                  int(courierText().indexOf(QStringLiteral("Bellwether Marine,"))) + 17)
                != 0
            && fixture.addMentionOf(pell, courier, QStringLiteral("Adrian Pell")) != 0
            && fixture.addMentionOf(okoro, gazette, QStringLiteral("Lina Okoro")) != 0
            && fixture.addMention(okoro, gazette, int(gazetteText().indexOf(QStringLiteral("Okoro said the"))),
                                  int(gazetteText().indexOf(QStringLiteral("Okoro said the"))) + 5)
                != 0
            && fixture.addMentionOf(aventa, courier, QStringLiteral("AVENTA"), Mention::Status::Candidate) != 0;
        if (!named)
            return false;

        const qint64 award = addEvent(project, [&](Event &event) {
            event.title = QStringLiteral("Concession awarded to Bellwether Marine");
            event.kind = QStringLiteral("Decision");
            event.time = TimeValue::day(QDate(2025, 2, 3));
            event.placeEntityId = port;
            event.participants = { { ministry, QStringLiteral("awarding body") },
                                   { bellwether, QStringLiteral("winner") },
                                   { pell, QStringLiteral("chair of the tender board") } };
            event.credibility = 1;
            event.lane = QStringLiteral("Tender");
            event.tags = { QStringLiteral("award"), QStringLiteral("port") };
            event.description = QStringLiteral("A 30-year concession to operate the container terminal.\n"
                                               "Rivals were eliminated in the final round, the ministry says.");
            event.assessment = QStringLiteral("Confirmed by two outlets; the ministry's own notice agrees.");
        });
        const qint64 criteria = addEvent(project, [&](Event &event) {
            event.title = QStringLiteral("Tender criteria changed twice");
            event.kind = QStringLiteral("Decision");
            event.time = TimeValue::month(2025, 1, TimeValue::Qualifier::Approximate);
            event.participants = { { ministry, QString() } };
            event.credibility = 3;
            event.lane = QStringLiteral("Tender");
            event.description = QStringLiteral("The technical criteria of the tender changed during January.");
        });
        const qint64 payments = addEvent(project, [&](Event &event) {
            event.title = QStringLiteral("Board approves payments to Greyfield Advisory");
            event.kind = QStringLiteral("Payment");
            event.time = TimeValue::between(QDateTime(QDate(2024, 12, 1), QTime(0, 0), QTimeZone::utc()),
                                            QDateTime(QDate(2025, 2, 2), QTime(23, 59, 59, 999), QTimeZone::utc()));
            event.placeEntityId = aventa;
            event.participants = { { bellwether, QStringLiteral("payer") } };
            event.credibility = 2;
            event.lane = QStringLiteral("Payments");
        });
        const qint64 hearing = addEvent(project, [&](Event &event) {
            event.title = QStringLiteral("Committee hearing on the concession");
            event.kind = QStringLiteral("Hearing");
            event.time = TimeValue::instant(QDateTime(QDate(2025, 2, 14), QTime(10, 30), QTimeZone::utc()),
                                            TimeValue::Granularity::Minute);
            event.participants = { { okoro, QStringLiteral("chair") } };
            event.lane = QStringLiteral("Parliament");
        });
        const qint64 contacts = addEvent(project, [&](Event &event) {
            event.title = QStringLiteral("Informal contacts with the bidders");
            event.description
                = QStringLiteral("=HYPERLINK(\"x\") is what a formula looks like; # not a heading, *not* emphasis");
        });
        const qint64 announced = addEvent(project, [&](Event &event) {
            event.title = QStringLiteral("Tender announced");
            event.kind = QStringLiteral("Announcement");
            event.time = std::get<TimeValue>(TimeValueParser::parse(QStringLiteral("before 2024-10-01")));
            event.participants = { { ministry, QString() } };
            event.lane = QStringLiteral("Tender");
        });
        if (!award || !criteria || !payments || !hearing || !contacts || !announced)
            return false;

        TimeValue twoDaysBefore = TimeValue::day(QDate(2025, 2, 12));
        return addEvidence(
                   project, award, courier, courierText(),
                   QStringLiteral(
                       "The Kestrian Ministry of Transport on Monday awarded a 30-year concession to operate the "
                       "container terminal at the Port of Sorrel to Bellwether Marine"))
            && addEvidence(project, award, gazette, gazetteText(),
                           QStringLiteral("one week after the concession was awarded"))
            && addEvidence(project, criteria, gazette, gazetteText(),
                           QStringLiteral("the technical criteria were changed twice in January"))
            && addEvidence(project, criteria, gazette, gazetteText(),
                           QStringLiteral("all bidders had been informed of the changes at the same time"),
                           Evidence::Stance::Mentions)
            && addEvidence(project, criteria, courier, courierText(),
                           QStringLiteral("\"The criteria were fair; every bidder knew them.\""),
                           Evidence::Stance::Contradicts)
            && addEvidence(project, payments, brief, briefText(),
                           QStringLiteral("Η συμφωνία υπογράφηκε στο λιμάνι. Соглашение было подписано в порту. تم "
                                          "توقيع الاتفاقية في الميناء."),
                           Evidence::Stance::Mentions)
            && addEvidence(project, payments, brief, briefText(),
                           QStringLiteral("The payments to Greyfield Advisory had been approved by his board"))
            && addEvidence(project, hearing, courier, courierText(),
                           QStringLiteral("A hearing is set for February 14 at 10:30."))
            && addEvidence(project, hearing, gazette, gazetteText(),
                           QStringLiteral("the hearing will show “who knew what, and when”"),
                           Evidence::Stance::Mentions, twoDaysBefore,
                           QStringLiteral("Reported two days before; the date is the paper's."))
            && annotate(project, criteria,
                        QStringLiteral("Ask the ministry for the tender file, \"version 2\"; urgent."),
                        QColor(0xff, 0xd9, 0x66));
    }

    static qint64 addSource(Project &project, const QString &title, const QString &outlet, const QString &body,
                            const TimeValue &published, ReliabilityGrade grade, const QString &fileName)
    {
        Source source;
        source.title = title;
        source.outlet = outlet;
        source.body = body;
        source.published = published;
        source.reliability = grade;
        source.mediaType = QStringLiteral("text/plain");
        source.originalName = fileName;
        source.originalBytes = body.toUtf8();
        source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
        source.importedAt = QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::utc());
        const Result<qint64> id = project.sources().add(source);
        if (!id)
            qWarning("could not add source %s: %s", qPrintable(title), qPrintable(id.error().message));
        return id ? *id : 0;
    }

    template<typename Fill> static qint64 addEvent(Project &project, Fill fill)
    {
        Event event;
        fill(event);
        const Result<qint64> id = project.events().add(event);
        if (!id)
            qWarning("could not add event %s: %s", qPrintable(event.title), qPrintable(id.error().message));
        return id ? *id : 0;
    }

    static bool addEvidence(Project &project, qint64 eventId, qint64 sourceId, const QString &body,
                            const QString &quote, Evidence::Stance stance = Evidence::Stance::Supports,
                            const TimeValue &reported = {}, const QString &note = {})
    {
        const qsizetype start = body.indexOf(quote);
        if (start < 0) {
            qWarning("\"%s\" is not in source %lld", qPrintable(quote), sourceId);
            return false;
        }
        Evidence evidence;
        evidence.eventId = eventId;
        evidence.sourceId = sourceId;
        evidence.start = int(start);
        evidence.end = int(start + quote.size());
        evidence.quote = quote;
        evidence.stance = stance;
        evidence.reported = reported;
        evidence.note = note;
        const Result<qint64> id = project.evidence().add(evidence);
        if (!id)
            qWarning("could not add evidence: %s", qPrintable(id.error().message));
        return bool(id);
    }

    static bool annotate(Project &project, qint64 eventId, const QString &comment, const QColor &highlight)
    {
        ChronologyAnnotation annotation;
        annotation.eventId = eventId;
        annotation.comment = comment;
        annotation.highlight = highlight;
        annotation.createdAt = QDateTime(QDate(2025, 3, 2), QTime(12, 0), QTimeZone::utc());
        return bool(project.annotations().add(annotation));
    }

    // The moment the fixture's exports say they were made.
    static QDateTime generatedAt() { return QDateTime(QDate(2025, 3, 4), QTime(15, 30), QTimeZone::utc()); }
};

} // namespace annalist::test
