// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeTaggerBenchmark.h"

#include "analysis/TimexTagger.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace annalist {

namespace {

const QStringList &sentenceTemplates()
{
    // {N} a name, {P} a place, {D} a time expression, {Q} a number.
    static const QStringList list
        = QStringLiteral("{N} told reporters in {P} {D} that the talks would continue.|"
                         "The ministry said {Q} people had been questioned since {D}.|"
                         "Shares fell {Q} percent in {P} after the central bank raised rates {D}.|"
                         "{N}, who has led the agency for {D}, declined to comment on the report.|"
                         "Officials expect the audit to take {D}, a spokesperson for {N} said.|"
                         "The agreement, signed in {P} {D}, covers {Q} tonnes of grain a year.|"
                         "Police said the protest in {P} drew about {Q} demonstrators on {D}.|"
                         "{N} met the delegation from {P} and promised a reply by {D}.|"
                         "The company reported a loss of {Q} million dollars for {D}.|"
                         "Flights to {P} resumed {D} after a strike that lasted {Q} hours.|"
                         "According to the court filing, the contract was awarded to {N} on {D}.|"
                         "Route {Q} was closed for repairs while {N} inspected the bridge near {P}.")
              .split(u'|');
    return list;
}

const QStringList &timeExpressions()
{
    static const QStringList list
        = QStringLiteral(
              "Tuesday|last week|March 3, 2025|three days|the past 12 months|early 2025|yesterday|next month|"
              "two weeks ago|the third quarter|2024|the weekend|10:30 a.m. Friday|several years|recently|"
              "the end of the year|mid-2024|15 January 2025|a year earlier|this morning|the 1990s|every week")
              .split(u'|');
    return list;
}

const QStringList &names()
{
    static const QStringList list
        = QStringLiteral(
              "Elena Varga|Tomas Okafor|Minister Amina Lindqvist|Senator Jonas Raman|Priya Morita|the governor|"
              "Kenji Brandt|President Sofia Haddad|Omar Ferreira|the Harbour Authority")
              .split(u'|');
    return list;
}

const QStringList &places()
{
    static const QStringList list
        = QStringLiteral("Aventa|Mexico City|Geneva|Lagos|Osaka|the capital|Porto Novo|Kyiv|Montevideo|Valletta")
              .split(u'|');
    return list;
}

} // namespace

QString TimeTaggerBenchmark::generateText(qint64 bytes, quint32 seed)
{
    QRandomGenerator random(seed);
    const auto pick = [&random](const QStringList &list) -> const QString & {
        return list.at(random.bounded(int(list.size())));
    };
    QString text;
    text.reserve(bytes + 256);
    int sentences = 0;
    while (text.size() < bytes) {
        QString sentence = pick(sentenceTemplates());
        sentence.replace(QLatin1String("{N}"), pick(names()));
        sentence.replace(QLatin1String("{P}"), pick(places()));
        sentence.replace(QLatin1String("{D}"), pick(timeExpressions()));
        sentence.replace(QLatin1String("{Q}"), QString::number(random.bounded(2, 5000)));
        text += sentence;
        text += ++sentences % 5 == 0 ? QLatin1String("\n\n") : QLatin1String(" ");
    }
    return text;
}

TimeTaggerBenchmark::Result TimeTaggerBenchmark::run(int megabytes, int rounds, quint32 seed)
{
    const QString text = generateText(qint64(std::max(1, megabytes)) * 1000 * 1000, seed);
    const TimeValue anchor = TimeValue::day(QDate(2025, 3, 5));
    const TimexTagger tagger;
    Result result;
    result.bytes = text.toUtf8().size();
    double best = -1;
    for (int round = 0; round < std::max(1, rounds); ++round) {
        QElapsedTimer timer;
        timer.start();
        const QList<TimexMatch> matches = tagger.tag(text, anchor);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        result.expressions = int(matches.size());
        if (best < 0 || seconds < best)
            best = seconds;
    }
    result.seconds = best;
    result.megabytesPerSecond = best > 0 ? double(result.bytes) / 1e6 / best : 0;
    return result;
}

} // namespace annalist
