// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFixture.h"
#include "GoldenFile.h"
#include "export/ExportContentLoader.h"
#include "export/ExportOptions.h"
#include "export/ICalendarWriter.h"

#include <QTest>

using namespace annalist;

namespace {

// A content line read back: name, parameters and the value with escapes undone.
struct Property
{
    QString name;
    QString parameters;
    QString value;
};

QString unescaped(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            out += next == u'n' || next == u'N' ? QChar(u'\n') : next;
        } else {
            out += value.at(i);
        }
    }
    return out;
}

// RFC 5545 section 3.1: a CRLF followed by a space or tab continues the line.
QList<QList<Property>> events(const QByteArray &calendar)
{
    QByteArray unfolded = calendar;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "");
    QList<QList<Property>> result;
    QList<Property> current;
    bool inEvent = false;
    for (const QByteArray &line : unfolded.split('\n')) {
        QString text = QString::fromUtf8(line);
        if (text.endsWith(u'\r'))
            text.chop(1);
        if (text == QStringLiteral("BEGIN:VEVENT")) {
            inEvent = true;
            current.clear();
            continue;
        }
        if (text == QStringLiteral("END:VEVENT")) {
            inEvent = false;
            result << current;
            continue;
        }
        if (!inEvent)
            continue;
        // The value starts after the first colon that is not inside a quoted parameter.
        const qsizetype colon = text.indexOf(u':');
        const QString head = text.left(colon);
        const qsizetype semicolon = head.indexOf(u';');
        current << Property { semicolon < 0 ? head : head.left(semicolon),
                              semicolon < 0 ? QString() : head.mid(semicolon + 1), unescaped(text.mid(colon + 1)) };
    }
    return result;
}

Property propertyOf(const QList<Property> &event, const QString &name)
{
    for (const Property &item : event) {
        if (item.name == name)
            return item;
    }
    return {};
}

} // namespace

// The chronology as an iCalendar file: compared with a golden file and parsed back.
class TestICalendarWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesTheGoldenFile();
    void linesAreFoldedAtSeventyFiveOctets();
    void datedEventsBecomeEvents_data();
    void datedEventsBecomeEvents();
    void textIsEscapedAndComesBack();
    void foldingKeepsCharactersWhole();

private:
    test::ProjectFixture m_fixture;
    ExportContent m_content;
    QByteArray m_calendar;
};

void TestICalendarWriter::initTestCase()
{
    QVERIFY(m_fixture.create());
    QVERIFY(test::ExportFixture::fill(m_fixture));
    const Result<ExportContent> content = ExportContentLoader(m_fixture.project()).load({});
    QVERIFY(content);
    m_content = *content;
    ExportOptions options;
    options.format = ExportFormat::ICalendar;
    options.generatedAt = test::ExportFixture::generatedAt();
    m_calendar = ICalendarWriter::write(m_content, options);
}

void TestICalendarWriter::matchesTheGoldenFile()
{
    const QString difference
        = test::GoldenFile::difference(QStringLiteral("core/export/golden/fixture.ics"), m_calendar);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestICalendarWriter::linesAreFoldedAtSeventyFiveOctets()
{
    QVERIFY(m_calendar.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    QVERIFY(m_calendar.endsWith("END:VCALENDAR\r\n"));
    const QList<QByteArray> lines = m_calendar.split('\n');
    QVERIFY(lines.last().isEmpty());
    int folded = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        QVERIFY2(line.endsWith('\r'), line.constData());
        QVERIFY2(line.size() - 1 <= 75, line.constData());
        folded += line.startsWith(' ') ? 1 : 0;
    }
    QVERIFY(folded > 10);
}

void TestICalendarWriter::datedEventsBecomeEvents_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("edtf");
    QTest::newRow("span of days") << QStringLiteral("Board approves payments to Greyfield Advisory")
                                  << QStringLiteral("VALUE=DATE:20241201") << QStringLiteral("VALUE=DATE:20250203")
                                  << QStringLiteral("2024-12-01/2025-02-02");
    QTest::newRow("a month, roughly: the whole month")
        << QStringLiteral("Tender criteria changed twice") << QStringLiteral("VALUE=DATE:20250101")
        << QStringLiteral("VALUE=DATE:20250201") << QStringLiteral("2025-01~");
    QTest::newRow("one day: ends the next")
        << QStringLiteral("Concession awarded to Bellwether Marine") << QStringLiteral("VALUE=DATE:20250203")
        << QStringLiteral("VALUE=DATE:20250204") << QStringLiteral("2025-02-03");
    QTest::newRow("a minute, in UTC") << QStringLiteral("Committee hearing on the concession")
                                      << QStringLiteral(":20250214T103000Z") << QStringLiteral(":20250214T103100Z")
                                      << QStringLiteral("2025-02-14T10:30Z");
}

void TestICalendarWriter::datedEventsBecomeEvents()
{
    QFETCH(QString, summary);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, edtf);
    const QList<QList<Property>> parsed = events(m_calendar);
    // The time open at its start and the undated event have no place in a calendar.
    QCOMPARE(parsed.size(), 4);
    QCOMPARE(ICalendarWriter::dateableEvents(m_content), 4);
    const auto it = std::find_if(parsed.cbegin(), parsed.cend(), [&summary](const QList<Property> &event) {
        return propertyOf(event, QStringLiteral("SUMMARY")).value == summary;
    });
    QVERIFY2(it != parsed.cend(), qPrintable(summary));
    const auto joined = [](const Property &item) -> QString {
        return item.parameters.isEmpty() ? QString(u':' + item.value) : QString(item.parameters + u':' + item.value);
    };
    QCOMPARE(joined(propertyOf(*it, QStringLiteral("DTSTART"))), start);
    QCOMPARE(joined(propertyOf(*it, QStringLiteral("DTEND"))), end);
    QCOMPARE(propertyOf(*it, QStringLiteral("X-ANNALIST-TIME")).value, edtf);
    QCOMPARE(propertyOf(*it, QStringLiteral("DTSTAMP")).value, QStringLiteral("20250304T153000Z"));
    QVERIFY(propertyOf(*it, QStringLiteral("UID")).value.endsWith(QStringLiteral(".fixture@annalist")));
}

void TestICalendarWriter::textIsEscapedAndComesBack()
{
    const QList<QList<Property>> parsed = events(m_calendar);
    const QList<Property> &criteria = parsed.at(1);
    QCOMPARE(propertyOf(criteria, QStringLiteral("COMMENT")).value,
             QStringLiteral("Ask the ministry for the tender file, \"version 2\"; urgent."));
    QVERIFY(m_calendar.contains("COMMENT:Ask the ministry for the tender file\\, \"version 2\"\\; urgent."));
    const QString description = propertyOf(criteria, QStringLiteral("DESCRIPTION")).value;
    QVERIFY2(description.contains(QStringLiteral(
                 "“The criteria were fair; every bidder knew them.” — Concession awarded to Bellwether Marine, "
                 "Kestrian Courier, published 3 Feb 2025, grade B (usually reliable) (contradicts)")),
             qPrintable(description));
    QVERIFY(
        description.contains(QStringLiteral("Conflict (contradiction): Kestrian Courier contradicts Harbour Gazette")));
    QCOMPARE(propertyOf(parsed.at(2), QStringLiteral("LOCATION")).value, QStringLiteral("Port of Sorrel"));
    QCOMPARE(propertyOf(parsed.at(2), QStringLiteral("CATEGORIES")).value, QStringLiteral("Tender,award,port"));
    const QString award = propertyOf(parsed.at(2), QStringLiteral("DESCRIPTION")).value;
    QVERIFY(award.contains(
        QStringLiteral("A 30-year concession to operate the container terminal.\nRivals were eliminated")));
}

void TestICalendarWriter::foldingKeepsCharactersWhole()
{
    // The payments' description holds Greek, Cyrillic and Arabic: no folded line may
    // end inside a UTF-8 sequence, and the quote comes back whole.
    for (const QByteArray &line : m_calendar.split('\n')) {
        const QString decoded = QString::fromUtf8(line);
        QVERIFY2(!decoded.contains(QChar::ReplacementCharacter), line.constData());
    }
    const QString description = propertyOf(events(m_calendar).at(0), QStringLiteral("DESCRIPTION")).value;
    QVERIFY(description.contains(QStringLiteral(
        "Η συμφωνία υπογράφηκε στο λιμάνι. Соглашение было подписано в порту. تم توقيع الاتفاقية في الميناء.")));
    QCOMPARE(ICalendarWriter::folded(QString(80, u'é')).count("\r\n "), 2);
    QCOMPARE(ICalendarWriter::folded(QString(80, u'é')).size(), 160 + 2 * 3 + 2);
    QCOMPARE(ICalendarWriter::escaped(QStringLiteral("a\\b;c,d\r\ne")), QStringLiteral("a\\\\b\\;c\\,d\\ne"));
}

QTEST_MAIN(TestICalendarWriter)
#include "tst_icalendarwriter.moc"
