// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// Checks the quoted #include lines of core/ and ui/ against the declared layers.
//
// The declaration is the layers.txt the build writes, a line per layer or area:
// "core/storage: model common" names the layers of its own kind (core or ui) it uses
// directly; what they use it may use too. A core file may include its own layer and
// the layers below it, never ui/; a ui file may include any core layer, its own area
// and the areas below it ("ui/area/Name.h"). An include that climbs out of its folder
// ("../") is never allowed.
class LayerChecker final
{
public:
    struct Violation
    {
        QString file; // relative to the source root
        int line = 0;
        QString include;
        QString reason;
    };

    // False, with `error` set, when the declaration cannot be read.
    bool readDeclaration(const QString &layersText, QString *error);

    // Every violation under `sourceRoot` (which holds core/ and ui/), in file order.
    QList<Violation> check(const QString &sourceRoot) const;

    // The layers `layer` may include besides itself ("core/storage" → core/model, core/common).
    QSet<QString> reachable(const QString &layer) const;

private:
    QList<Violation> checkFile(const QString &sourceRoot, const QString &relativePath, const QString &layer) const;
    // The layer an include names, or an empty string when it names none (a file of
    // the same folder, a generated file, test support).
    QString layerOfInclude(const QString &include, const QString &includingLayer) const;

    QHash<QString, QSet<QString>> m_uses;
};
