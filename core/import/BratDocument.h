// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace annalist {

// A text-bound annotation of a brat standoff file ("T1\tPerson 0 11\tMarco Rubio").
struct BratEntity
{
    QString id; // "T1"
    QString type; // normalised, see BratDocument::normalisedType
    int start = 0;
    int end = 0; // exclusive; a discontinuous span is read as its outer extent
    QString text;

    bool operator==(const BratEntity &other) const = default;
};

// Why a brat file could not be read, pointing at the offending line.
struct BratError
{
    QString file;
    int line = 0; // 1-based; 0 when the problem is the file as a whole
    QString reason;

    // "FILE:LINE: reason" (or "FILE: reason").
    QString message() const;
};

// A document in brat standoff format: NAME.txt with its annotations in NAME.ann.
// Only text-bound annotations (T lines) are read; relations, events, attributes,
// normalisations and notes (R, E, A, M, N, # lines) are skipped. Entity types are
// mapped onto the four the recognizer uses:
//   Person       <- Person, PER, PERSON
//   Organisation <- Organisation, Organization, ORG, ORGANIZATION, ORGANISATION
//   Place        <- Place, LOC, Location, LOCATION, GPE, FAC, Facility
//   Title        <- Title, TITLE, Role
// any other type is kept as written and is scored as a type of its own.
class BratDocument final
{
public:
    // Reads `textPath` (UTF-8) and the .ann beside it (same name, suffix .ann).
    static Result<BratDocument, BratError> load(const QString &textPath);
    // Parses annotation text against `text`; `fileName` is used in errors.
    static Result<BratDocument, BratError> parse(const QString &text, const QString &annotations,
                                                 const QString &fileName = QStringLiteral("<annotations>"));
    static QString normalisedType(const QString &type);
    static QString annotationPath(const QString &textPath);

    QString name; // base name without suffix
    QString textPath; // may be empty for parsed documents
    QString text;
    QList<BratEntity> entities; // sorted by start, then end
};

} // namespace annalist
