// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimexEvaluation.h"

#include "TimeMlWriter.h"
#include "TimexTagger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <cmath>

namespace annalist {

namespace {

QList<TempEvalScorer::Span> goldSpans(const TimeMlDocument &document)
{
    QList<TempEvalScorer::Span> spans;
    for (const TimeMlTimex &timex : document.timexes())
        spans.append({ timex.start, timex.end, timex.type, timex.value });
    return spans;
}

QList<TempEvalScorer::Span> systemSpans(const QList<TimexMatch> &matches)
{
    QList<TempEvalScorer::Span> spans;
    for (const TimexMatch &match : matches)
        spans.append({ match.start, match.end, match.type, match.value });
    return spans;
}

QString percent(double value)
{
    return QString::number(value * 100.0, 'f', 1);
}

QJsonObject measures(const TempEvalCounts &counts)
{
    const auto round4 = [](double value) {
        return std::round(value * 10000.0) / 10000.0;
    };
    return QJsonObject {
        { QStringLiteral("gold"), counts.gold },
        { QStringLiteral("system"), counts.system },
        { QStringLiteral("strict"),
          QJsonObject { { QStringLiteral("matches"), counts.strict },
                        { QStringLiteral("precision"), round4(counts.strictPrecision()) },
                        { QStringLiteral("recall"), round4(counts.strictRecall()) },
                        { QStringLiteral("f1"), round4(counts.strictF1()) } } },
        { QStringLiteral("relaxed"),
          QJsonObject { { QStringLiteral("matches"), counts.relaxed },
                        { QStringLiteral("precision"), round4(counts.relaxedPrecision()) },
                        { QStringLiteral("recall"), round4(counts.relaxedRecall()) },
                        { QStringLiteral("f1"), round4(counts.relaxedF1()) } } },
        { QStringLiteral("type"),
          QJsonObject { { QStringLiteral("matches"), counts.typeMatches },
                        { QStringLiteral("accuracy"), round4(counts.typeAccuracy()) },
                        { QStringLiteral("f1"), round4(counts.typeF1()) } } },
        { QStringLiteral("value"),
          QJsonObject { { QStringLiteral("matches"), counts.valueMatches },
                        { QStringLiteral("precision"), round4(counts.valuePrecision()) },
                        { QStringLiteral("recall"), round4(counts.valueRecall()) },
                        { QStringLiteral("f1"), round4(counts.valueF1()) },
                        { QStringLiteral("accuracy"), round4(counts.valueAccuracy()) } } },
    };
}

} // namespace

QStringList TimexEvaluation::timeMlFiles(const QString &directory)
{
    const QDir dir(directory);
    QStringList files;
    const QStringList names = dir.entryList({ QStringLiteral("*.tml") }, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        files << dir.filePath(name);
    return files;
}

Result<TimexEvaluation, TimeMlError> TimexEvaluation::run(const QStringList &files, const TimexTagger &tagger)
{
    TimexEvaluation evaluation;
    for (const QString &path : files) {
        auto document = TimeMlDocument::read(path);
        if (!document)
            return document.error();
        const QList<TimexMatch> system = tagger.tag(document->text(), document->creationTime());
        evaluation.add(std::move(*document), system);
    }
    return evaluation;
}

void TimexEvaluation::add(TimeMlDocument document, const QList<TimexMatch> &system)
{
    Document result;
    result.document = std::move(document);
    result.system = system;
    result.counts = TempEvalScorer::score(goldSpans(result.document), systemSpans(result.system));
    m_total += result.counts;
    m_documents.append(std::move(result));
}

QString TimexEvaluation::table() const
{
    const auto row = [](const QString &name, const TempEvalCounts &c) {
        return QStringLiteral("%1 %2 %3 %4 %5 %6  %7 %8 %9  %10  %11\n")
            .arg(name, -28)
            .arg(c.gold, 5)
            .arg(c.system, 6)
            .arg(percent(c.strictPrecision()), 6)
            .arg(percent(c.strictRecall()), 6)
            .arg(percent(c.strictF1()), 6)
            .arg(percent(c.relaxedPrecision()), 6)
            .arg(percent(c.relaxedRecall()), 6)
            .arg(percent(c.relaxedF1()), 6)
            .arg(percent(c.typeAccuracy()), 8)
            .arg(percent(c.valueF1()), 8);
    };
    QString out;
    out += QStringLiteral("%1 %2 %3 %4  %5  %6  %7\n")
               .arg(QString(), -28)
               .arg(QString(), 5)
               .arg(QString(), 6)
               .arg(QStringLiteral("------ strict ------"), 20)
               .arg(QStringLiteral("------ relaxed -----"), 20)
               .arg(QStringLiteral("type"), 8)
               .arg(QStringLiteral("value"), 8);
    out += QStringLiteral("%1 %2 %3 %4 %5 %6  %7 %8 %9  %10  %11\n")
               .arg(QStringLiteral("Document"), -28)
               .arg(QStringLiteral("Gold"), 5)
               .arg(QStringLiteral("System"), 6)
               .arg(QStringLiteral("P"), 6)
               .arg(QStringLiteral("R"), 6)
               .arg(QStringLiteral("F1"), 6)
               .arg(QStringLiteral("P"), 6)
               .arg(QStringLiteral("R"), 6)
               .arg(QStringLiteral("F1"), 6)
               .arg(QStringLiteral("accuracy"), 8)
               .arg(QStringLiteral("F1"), 8);
    for (const Document &document : m_documents)
        out += row(QFileInfo(document.document.fileName()).fileName(), document.counts);
    out += QString(102, u'-') + u'\n';
    out += row(QStringLiteral("Overall (micro-averaged)"), m_total);
    out += QStringLiteral("\n%1 documents; %2 gold and %3 system expressions; %4 strict, %5 relaxed matches, "
                          "%6 with the right type, %7 with the right value. Figures in percent.\n")
               .arg(m_documents.size())
               .arg(m_total.gold)
               .arg(m_total.system)
               .arg(m_total.strict)
               .arg(m_total.relaxed)
               .arg(m_total.typeMatches)
               .arg(m_total.valueMatches);
    return out;
}

QJsonObject TimexEvaluation::toJson() const
{
    QJsonArray documents;
    for (const Document &document : m_documents) {
        QJsonObject entry = measures(document.counts);
        entry.insert(QStringLiteral("file"), QFileInfo(document.document.fileName()).fileName());
        entry.insert(QStringLiteral("documentId"), document.document.documentId());
        entry.insert(QStringLiteral("creationTime"), document.document.creationValue());
        documents.append(entry);
    }
    QJsonObject overall = measures(m_total);
    overall.insert(QStringLiteral("documents"), int(m_documents.size()));
    return QJsonObject { { QStringLiteral("documents"), documents }, { QStringLiteral("overall"), overall } };
}

QString TimexEvaluation::writeSystemFiles(const QString &directory) const
{
    if (!QDir().mkpath(directory))
        return QStringLiteral("%1: cannot create the folder").arg(directory);
    const QDir dir(directory);
    for (const Document &document : m_documents) {
        const QString path = dir.filePath(QFileInfo(document.document.fileName()).fileName());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("%1: %2").arg(path, file.errorString());
        file.write(TimeMlWriter::write(document.document, document.system).toUtf8());
        if (!file.commit())
            return QStringLiteral("%1: %2").arg(path, file.errorString());
    }
    return {};
}

} // namespace annalist
