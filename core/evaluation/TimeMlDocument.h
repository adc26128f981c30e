// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/TimeValue.h"
#include "model/Timex.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace annalist {

using TimeMlAttributes = QList<QPair<QString, QString>>;

// A TIMEX3 of a TimeML file, with offsets into the document's plain text.
struct TimeMlTimex
{
    int start = 0;
    int end = 0;
    QString tid;
    Timex::Type type = Timex::Type::Date;
    QString value;
    QString mod;
    int line = 0;
};

// Any other tag inside TEXT (EVENT, SIGNAL...), kept so that a rewritten file can
// carry it over.
struct TimeMlElement
{
    QString name;
    TimeMlAttributes attributes;
    int start = 0;
    int end = 0;
};

// A malformed or unusable TimeML file: "FILE:LINE: reason".
struct TimeMlError
{
    QString fileName;
    qint64 line = 0;
    QString reason;

    QString message() const;
};

// One TimeML document (TempEval-3 format): the creation time from the DCT's TIMEX3,
// the contents of TEXT without any tags, and the TIMEX3 tags of TEXT with exact
// offsets into that plain text. Other tags inside TEXT (EVENT, SIGNAL) may nest with
// the TIMEX3s; they are stripped from the text and kept aside.
class TimeMlDocument final
{
public:
    static Result<TimeMlDocument, TimeMlError> read(const QString &path);
    // `fileName` names the source in error messages.
    static Result<TimeMlDocument, TimeMlError> parse(const QByteArray &data, const QString &fileName);

    QString fileName() const { return m_fileName; }
    QString documentId() const { return m_documentId; }
    // TIMEX3 value of the DCT ("1997-04-01"); empty when the file has none.
    QString creationValue() const { return m_creationValue; }
    // The DCT as a TimeValue, the anchor for relative expressions; unknown when absent.
    TimeValue creationTime() const;
    QString text() const { return m_text; }
    QList<TimeMlTimex> timexes() const { return m_timexes; }
    QList<TimeMlElement> otherTags() const { return m_otherTags; }
    // MAKEINSTANCE tags after TEXT, each as its attributes.
    QList<TimeMlAttributes> instances() const { return m_instances; }
    // The file's text up to and including the <TEXT> start tag, verbatim.
    QString head() const { return m_head; }

    // A TIMEX3 value ("1997-04-01", "1997-04-01T10:30", "1997-04", "1997") as a TimeValue.
    static TimeValue timeFromValue(const QString &value);

private:
    QString m_fileName;
    QString m_documentId;
    QString m_creationValue;
    QString m_text;
    QList<TimeMlTimex> m_timexes;
    QList<TimeMlElement> m_otherTags;
    QList<TimeMlAttributes> m_instances;
    QString m_head;
};

} // namespace annalist
