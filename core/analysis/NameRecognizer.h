// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace annalist {

class NameLexicon;

// A name found by NameRecognizer: [start, end) in the text, end exclusive.
struct NameCandidate
{
    int start = 0;
    int end = 0;
    QString type; // "Person", "Organisation", "Place" or "Title"
    QString canonical; // the full name this mention stands for within the document
    QString role; // for a person after a title: that title ("Senator")
    double confidence = 0.0;

    bool operator==(const NameCandidate &other) const = default;
};

// Finds names that no word list knows yet, from capitalisation and context: titles
// before a name ("Foreign Secretary Juan Ramon de la Fuente"), organisation and place
// heads ("Security Cabinet", "Mexico City"), cue words ("in", "said", "Mr."),
// acronyms, and resolves later short forms ("Rubio") to the full name seen elsewhere
// in the same document. Sentence-initial words and Title Case headline lines only
// yield names that the body of the document supports. All word lists are data
// (resources/analysis/names); see NameLexicon.
class NameRecognizer final
{
public:
    NameRecognizer();
    explicit NameRecognizer(const NameLexicon &lexicon);

    // Candidates sorted by start, never overlapping.
    QList<NameCandidate> recognize(const QString &text) const;

private:
    const NameLexicon &m_lexicon;
};

} // namespace annalist
