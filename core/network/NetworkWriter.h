// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkGraph.h"
#include "NetworkLayout.h"
#include "NetworkStyle.h"

#include <QString>

namespace annalist {

// The chart out of Annalist: SVG and PDF (vector, with a legend), GraphML (yEd, Gephi),
// GEXF 1.3 (Gephi) and Graphviz dot, with positions, kinds, strengths and evidence
// counts on every link.
class NetworkWriter final
{
public:
    enum class Format { Svg, Pdf, GraphMl, Gexf, Dot };

    NetworkWriter(const NetworkGraph &graph, const NetworkPlacements &placements, const NetworkStyle &style);

    static QString formatName(Format format);
    // "svg", "pdf", "graphml", "gexf", "dot"; false for another name.
    static bool formatFromName(const QString &name, Format *format);

    QString svg() const;
    QString graphMl() const;
    QString gexf() const;
    QString dot() const;
    // Writes the file; an error message ("could not write PATH: reason") on failure.
    QString write(const QString &path, Format format) const;

private:
    QString writePdf(const QString &path) const;

    const NetworkGraph &m_graph;
    const NetworkPlacements &m_placements;
    const NetworkStyle &m_style;
};

} // namespace annalist
