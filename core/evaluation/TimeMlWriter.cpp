// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeMlWriter.h"

#include <QSet>

#include <algorithm>

namespace annalist {

namespace {

QString escaped(QStringView text, bool attribute)
{
    QString result;
    result.reserve(text.size() + 16);
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            result += QLatin1String("&amp;");
            break;
        case u'<':
            result += QLatin1String("&lt;");
            break;
        case u'>':
            result += QLatin1String("&gt;");
            break;
        case u'"':
            result += attribute ? QLatin1String("&quot;") : QLatin1String("\"");
            break;
        default:
            result += c;
        }
    }
    return result;
}

QString startTag(const QString &name, const TimeMlAttributes &attributes)
{
    QString tag = u'<' + name;
    for (const auto &[key, value] : attributes)
        tag += u' ' + key + QLatin1String("=\"") + escaped(value, true) + u'"';
    return tag + u'>';
}

struct Tag
{
    int start = 0;
    int end = 0;
    QString open;
    QString close;
    // Order among tags opening at the same offset, outermost first.
    int rank = 0;
};

bool crosses(const Tag &a, const Tag &b)
{
    return (a.start < b.start && b.start < a.end && a.end < b.end)
        || (b.start < a.start && a.start < b.end && b.end < a.end);
}

} // namespace

QString TimeMlWriter::write(const TimeMlDocument &document, const QList<TimexMatch> &timexes)
{
    const QString text = document.text();
    QList<Tag> tags;
    int tid = 0;
    for (const TimexMatch &match : timexes) {
        TimeMlAttributes attributes { { QStringLiteral("tid"), QStringLiteral("t%1").arg(++tid) },
                                      { QStringLiteral("type"), timexTypeName(match.type) },
                                      { QStringLiteral("value"), match.value } };
        if (!match.mod.isEmpty())
            attributes.append({ QStringLiteral("mod"), match.mod });
        if (!match.quant.isEmpty())
            attributes.append({ QStringLiteral("quant"), match.quant });
        if (!match.freq.isEmpty())
            attributes.append({ QStringLiteral("freq"), match.freq });
        tags.append(
            { match.start, match.end, startTag(QStringLiteral("TIMEX3"), attributes), QStringLiteral("</TIMEX3>"), 0 });
    }
    const qsizetype timexCount = tags.size();
    QSet<QString> keptEvents;
    for (const TimeMlElement &element : document.otherTags()) {
        Tag tag { element.start, element.end, startTag(element.name, element.attributes),
                  QLatin1String("</") + element.name + u'>', 0 };
        bool fits = true;
        for (qsizetype k = 0; k < timexCount && fits; ++k)
            fits = !crosses(tag, tags.at(k));
        if (!fits)
            continue;
        tags.append(tag);
        if (element.name == QLatin1String("EVENT")) {
            for (const auto &[key, value] : element.attributes) {
                if (key == QLatin1String("eid"))
                    keptEvents.insert(value);
            }
        }
    }

    // Outer tags open first and close last; a TIMEX3 and an EVENT over the same words
    // keep the TIMEX3 outside.
    QList<int> order(tags.size());
    for (int k = 0; k < int(tags.size()); ++k)
        order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Tag &x = tags.at(a);
        const Tag &y = tags.at(b);
        if (x.start != y.start)
            return x.start < y.start;
        if (x.end != y.end)
            return x.end > y.end;
        return a < b;
    });
    for (int k = 0; k < int(order.size()); ++k)
        tags[order[k]].rank = k;

    struct Event
    {
        int offset;
        bool close;
        int rank;
        int tag;
    };
    QList<Event> events;
    for (int k = 0; k < int(tags.size()); ++k) {
        events.append({ tags.at(k).start, false, tags.at(k).rank, k });
        events.append({ tags.at(k).end, true, tags.at(k).rank, k });
    }
    std::sort(events.begin(), events.end(), [&](const Event &a, const Event &b) {
        if (a.offset != b.offset)
            return a.offset < b.offset;
        if (a.close != b.close) {
            // An empty tag opens before it closes; otherwise closes come first.
            const bool aEmpty = tags.at(a.tag).start == tags.at(a.tag).end;
            const bool bEmpty = tags.at(b.tag).start == tags.at(b.tag).end;
            if (a.tag == b.tag)
                return !a.close;
            if (aEmpty || bEmpty)
                return !a.close;
            return a.close;
        }
        return a.close ? a.rank > b.rank : a.rank < b.rank;
    });

    QString body;
    body.reserve(text.size() + tags.size() * 48);
    int position = 0;
    for (const Event &event : events) {
        body += escaped(QStringView(text).mid(position, event.offset - position), false);
        position = event.offset;
        body += event.close ? tags.at(event.tag).close : tags.at(event.tag).open;
    }
    body += escaped(QStringView(text).mid(position), false);

    QString out = document.head();
    if (out.isEmpty())
        out = QStringLiteral("<?xml version=\"1.0\" ?>\n<TimeML>\n<TEXT>");
    out += body;
    out += QLatin1String("</TEXT>\n\n");
    for (const TimeMlAttributes &instance : document.instances()) {
        QString eventId;
        for (const auto &[key, value] : instance) {
            if (key == QLatin1String("eventID"))
                eventId = value;
        }
        if (!keptEvents.contains(eventId))
            continue;
        QString tag = startTag(QStringLiteral("MAKEINSTANCE"), instance);
        tag.insert(tag.size() - 1, QLatin1String(" /"));
        out += tag + u'\n';
    }
    out += QLatin1String("\n</TimeML>\n");
    return out;
}

} // namespace annalist
