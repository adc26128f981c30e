// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TimeValue.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace annalist {

// NATO admiralty scale for source reliability; Unrated until the analyst grades it.
enum class ReliabilityGrade { Unrated, A, B, C, D, E, F };

QString reliabilityGradeLetter(ReliabilityGrade grade);
ReliabilityGrade reliabilityGradeFromLetter(QStringView letter);

// One imported document. The body text never changes after import, so character
// offsets into it (QString indices) are stable anchors for mentions and evidence.
struct Source
{
    qint64 id = 0;
    QString title;
    QString outlet;
    QString author;
    QString url;
    QString language;
    TimeValue published;
    ReliabilityGrade reliability = ReliabilityGrade::Unrated;
    QString body;
    QString originalName;
    QString mediaType;
    QByteArray originalBytes;
    QByteArray sha256;
    QDateTime importedAt;
    QString notes;
    // Character offset in body where each page begins (PDF sources only).
    QList<int> pageOffsets;

    // 1-based page number that contains the character at offset, 0 when unpaged.
    int pageAt(int offset) const;
};

// What the library list needs of a source, without its text or file.
struct SourceSummary
{
    qint64 id = 0;
    QString title;
    QString outlet;
    TimeValue published;
    ReliabilityGrade reliability = ReliabilityGrade::Unrated;
    QString mediaType;
    int length = 0;
    QDateTime importedAt;
};

} // namespace annalist
