// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SyntheticCorpus.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace annalist {

namespace {

constexpr int vocabularySize = 20000;

const QStringList &firstNames()
{
    static const QStringList list = QStringLiteral("Elena Tomas Amina Jonas Priya Kenji Sofia Omar Lucia Mikhail Grace "
                                                   "Daniel Ines Kwame Hana Pavel Leila Mateo "
                                                   "Ingrid Rafael Chloe Dmitri Aisha Lars Noor Diego Marta Yusuf Clara "
                                                   "Tariq Vera Emeka Julia Sanjay Olga Felipe "
                                                   "Nadia Henrik Zara Andres")
                                        .split(u' ');
    return list;
}

const QStringList &lastNames()
{
    static const QStringList list
        = QStringLiteral("Marquez Varga Okafor Lindqvist Raman Morita Brandt Haddad Ferreira Petrenko Achebe Whitcombe "
                         "Duarte Mensah "
                         "Sato Novak Karimi Ortega Halvorsen Costa Laurent Volkov Bello Nyberg Rahman Castillo "
                         "Kowalska Demir Weber "
                         "Qureshi Ionescu Eze Moreau Iyer Smirnova Rojas Hassan Berg Ndiaye Alvarez")
              .split(u' ');
    return list;
}

const QStringList &commonWords()
{
    static const QStringList list
        = QStringLiteral(
              "the of and to in a that said for on was with is by as at from he it his its be have has are were an "
              "officials government minister police report told reporters talks agreement plan would could after "
              "before "
              "while during over under against about into their they this which also not but more than last week year "
              "month new security trade border court company investigation statement spokesperson meeting deal")
              .split(u' ');
    return list;
}

// Pronounceable made-up words stand in for the long tail of a news vocabulary.
QString madeUpWord(int index)
{
    static const QStringList syllables = QStringLiteral("ka lo mi ne ru sa ta vel dor an is or un mar ter sil pra con "
                                                        "dis fen gal hor jus lit mon por res tor vin "
                                                        "bra cle dro fla gre pli scu tra")
                                             .split(u' ');
    QString word;
    int rest = index + 1;
    while (rest > 0) {
        word += syllables.at(rest % syllables.size());
        rest /= static_cast<int>(syllables.size());
    }
    return word;
}

const QStringList &vocabulary()
{
    static const QStringList list = [] {
        QStringList words;
        words.reserve(vocabularySize);
        for (int i = 0; i < vocabularySize; ++i)
            words << madeUpWord(i + 40);
        return words;
    }();
    return list;
}

// Few words are frequent and most are rare, as in real text.
const QString &zipfWord(QRandomGenerator &random)
{
    const double exponent = random.generateDouble();
    const int index = std::min(vocabularySize - 1, static_cast<int>(std::pow(double(vocabularySize), exponent)) - 1);
    return vocabulary().at(index);
}

// What analysts search for: names and telling words, not the few words that stand
// in almost every article (those are timed apart, see StorageBenchmark).
const QString &searchableWord(QRandomGenerator &random)
{
    for (;;) {
        const QString &word = zipfWord(random);
        if (vocabulary().indexOf(word) >= 50)
            return word;
    }
}

const QStringList &months()
{
    static const QStringList list = {
        QStringLiteral("January"),   QStringLiteral("February"), QStringLiteral("March"),    QStringLiteral("April"),
        QStringLiteral("May"),       QStringLiteral("June"),     QStringLiteral("July"),     QStringLiteral("August"),
        QStringLiteral("September"), QStringLiteral("October"),  QStringLiteral("November"), QStringLiteral("December"),
    };
    return list;
}

template<typename List> const auto &pick(QRandomGenerator &random, const List &list)
{
    return list.at(random.bounded(static_cast<int>(list.size())));
}

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

QString person(QRandomGenerator &random)
{
    return pick(random, firstNames()) + u' ' + pick(random, lastNames());
}

QString place(QRandomGenerator &random)
{
    return capitalised(vocabulary().at(random.bounded(300)));
}

QString organisation(QRandomGenerator &random)
{
    static const QStringList kinds
        = QStringLiteral("Ministry Agency Authority Union Commission Bank Council Party").split(u' ');
    return QStringLiteral("the ") + capitalised(vocabulary().at(300 + random.bounded(300))) + u' '
        + pick(random, kinds);
}

struct Cast
{
    QString people[2];
    QString places[2];
    QString organisation;
};

QString sentence(QRandomGenerator &random, const Cast &cast)
{
    QString text;
    switch (random.bounded(5)) {
    case 0:
        text = cast.people[random.bounded(2)] + QStringLiteral(" met representatives of ") + cast.organisation
            + QStringLiteral(" in ") + cast.places[random.bounded(2)] + QStringLiteral(" on ")
            + QString::number(1 + random.bounded(28)) + u' ' + pick(random, months()) + QStringLiteral(", and");
        break;
    case 1:
        text = QStringLiteral("In ") + cast.places[random.bounded(2)] + u',';
        break;
    case 2:
        text = capitalised(cast.organisation);
        break;
    default:
        break;
    }
    const int length = 8 + random.bounded(18);
    for (int i = 0; i < length; ++i) {
        if (!text.isEmpty())
            text += u' ';
        text += random.bounded(10) < 6 ? pick(random, commonWords()) : zipfWord(random);
    }
    return capitalised(text) + QStringLiteral(". ");
}

} // namespace

SyntheticCorpus::SyntheticCorpus(quint32 seed)
    : m_seed(seed)
{ }

qint64 SyntheticCorpus::write(const QString &directory, int articles)
{
    QDir().mkpath(directory);
    QRandomGenerator random(m_seed);
    qint64 total = 0;
    for (int article = 0; article < articles; ++article) {
        const int targetBytes = 3000 + random.bounded(7000);
        Cast cast;
        for (int i = 0; i < 2; ++i) {
            cast.people[i] = person(random);
            cast.places[i] = place(random);
        }
        cast.organisation = organisation(random);
        QString text = cast.people[0] + QStringLiteral(" and ") + cast.organisation + QStringLiteral(" at odds over ")
            + zipfWord(random) + QStringLiteral(" in ") + cast.places[0] + QStringLiteral("\n\n");
        while (text.size() < targetBytes) {
            for (int i = 0; i < 4 && text.size() < targetBytes; ++i)
                text += sentence(random, cast);
            text += QStringLiteral("\n\n");
        }
        // Each article carries its number so that no two are identical.
        text += QStringLiteral("Reference %1.\n").arg(article);
        const QByteArray bytes = text.toUtf8();
        QFile file(QStringLiteral("%1/article-%2.txt").arg(directory).arg(article, 6, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return -1;
        total += bytes.size();
    }
    return total;
}

QString SyntheticCorpus::commonWord() const
{
    return commonWords().at(1);
}

QString SyntheticCorpus::sampleQuery(int index) const
{
    QRandomGenerator random(m_seed + 7 + static_cast<quint32>(index));
    switch (index % 4) {
    case 0:
        return searchableWord(random);
    case 1:
        return place(random);
    case 2:
        return QStringLiteral("\"%1\"").arg(person(random));
    default:
        return searchableWord(random) + u' ' + pick(random, commonWords());
    }
}

} // namespace annalist
