// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProcessorTime.h"
#include "ingest/HtmlImporter.h"

#include <QTest>

using namespace annalist;

namespace {

QByteArray page(const QByteArray &head, const QByteArray &body, const QByteArray &htmlAttributes = {})
{
    return "<!DOCTYPE html>\n<html" + htmlAttributes + "><head>" + head + "</head><body>" + body + "</body></html>\n";
}

const QByteArray storyParagraph = "<p>Officials met on Monday to discuss the border.</p>";

} // namespace

class TestHtmlImporter : public QObject
{
    Q_OBJECT

private slots:
    void metadata_data();
    void metadata();
    void publicationTimeWithoutZoneIsReadAsUtc();
    void body_data();
    void body();
    void scriptTextNeverReachesBody();
    void charset_data();
    void charset();
    void declaredCharset_data();
    void declaredCharset();
    void noReadableText_data();
    void noReadableText();
    void deeplyNestedMarkup_data();
    void deeplyNestedMarkup();
};

void TestHtmlImporter::metadata_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("language");
    // EDTF of the publication time; empty when it must stay unknown.
    QTest::addColumn<QString>("published");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<QString>("expression");

    const int day = int(TimeValue::Granularity::Day);
    const int minute = int(TimeValue::Granularity::Minute);
    const int second = int(TimeValue::Granularity::Second);
    const int unknown = int(TimeValue::Granularity::Unknown);

    QTest::newRow("plain meta tags") << page("<title>Talks resume in Doha - Gulf Herald</title>"
                                             "<meta name=\"author\" content=\"Sara Haddad\">"
                                             "<meta name=\"application-name\" content=\"Gulf Herald\">"
                                             "<meta name=\"date\" content=\"2024-09-30\">",
                                             storyParagraph, " lang=\"en\"")
                                     << QStringLiteral("Talks resume in Doha") << QStringLiteral("Sara Haddad")
                                     << QStringLiteral("Gulf Herald") << QString() << QStringLiteral("en")
                                     << QStringLiteral("2024-09-30") << day << QStringLiteral("2024-09-30");

    QTest::newRow("open graph") << page(
        "<title>Ignored title | Gulf Herald</title>"
        "<meta property=\"og:title\" content=\"Ceasefire holds for a second day\">"
        "<meta property=\"og:site_name\" content=\"Gulf Herald\">"
        "<meta property=\"og:url\" content=\"https://gulfherald.example/world/ceasefire\">"
        "<meta property=\"article:author\" content=\"https://www.facebook.com/some.profile\">"
        "<meta property=\"article:author\" content=\"Omar Nasser\">"
        "<meta property=\"article:published_time\" content=\"2024-09-30T14:05:00+02:00\">",
        storyParagraph, " lang=\"en-GB\"")
                                << QStringLiteral("Ceasefire holds for a second day") << QStringLiteral("Omar Nasser")
                                << QStringLiteral("Gulf Herald")
                                << QStringLiteral("https://gulfherald.example/world/ceasefire")
                                << QStringLiteral("en-GB") << QStringLiteral("2024-09-30T12:05:00Z") << second
                                << QStringLiteral("2024-09-30T14:05:00+02:00");

    QTest::newRow("twitter title before <title>")
        << page("<title>Site title</title><meta name=\"twitter:title\" content=\"Card title\">", storyParagraph)
        << QStringLiteral("Card title") << QString() << QString() << QString() << QString() << QString() << unknown
        << QString();

    QTest::newRow("json-ld object") << page(
        "<title>Fallback</title><script type=\"application/ld+json\">"
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Markets rally after vote\","
        "\"author\":{\"@type\":\"Person\",\"name\":\"Lena Vogel\"},"
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Zürcher Blatt\"},"
        "\"datePublished\":\"2024-09-30T08:15Z\"}</script>",
        storyParagraph) << QStringLiteral("Markets rally after vote")
                                    << QStringLiteral("Lena Vogel") << QStringLiteral("Zürcher Blatt") << QString()
                                    << QString() << QStringLiteral("2024-09-30T08:15Z") << minute
                                    << QStringLiteral("2024-09-30T08:15Z");

    QTest::newRow("json-ld array with several authors")
        << page("<script type=\"application/ld+json\">["
                "{\"@type\":\"WebSite\",\"name\":\"Diario Sur\",\"url\":\"https://sur.example\"},"
                "{\"@type\":\"NewsArticle\",\"headline\":\"Reunión en la frontera\","
                "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Peña\"},{\"@type\":\"Person\",\"name\":\"Luis "
                "Ortega\"},\"Redacción\"],"
                "\"datePublished\":\"2024-06-02\"}]</script>",
                storyParagraph, " lang=\"es\"")
        << QStringLiteral("Reunión en la frontera") << QStringLiteral("Ana Peña, Luis Ortega, Redacción") << QString()
        << QString() << QStringLiteral("es") << QStringLiteral("2024-06-02") << day << QStringLiteral("2024-06-02");

    QTest::newRow("json-ld @graph with references") << page(
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebPage\",\"@id\":\"https://sur.example/a#page\",\"datePublished\":\"2020-01-01\"},"
        "{\"@type\":\"Organization\",\"@id\":\"https://sur.example/#org\",\"name\":\"Diario Sur\"},"
        "{\"@type\":\"Person\",\"@id\":\"https://sur.example/#ana\",\"name\":\"Ana Peña\"},"
        "{\"@type\":[\"NewsArticle\"],\"headline\":\"Sheinbaum recibe a Rubio\","
        "\"author\":{\"@id\":\"https://sur.example/#ana\"},\"publisher\":{\"@id\":\"https://sur.example/#org\"},"
        "\"datePublished\":\"2025-01-20T17:00:00-05:00\"}]}</script>",
        storyParagraph) << QStringLiteral("Sheinbaum recibe a Rubio")
                                                    << QStringLiteral("Ana Peña") << QStringLiteral("Diario Sur")
                                                    << QString() << QString() << QStringLiteral("2025-01-20T22:00:00Z")
                                                    << second << QStringLiteral("2025-01-20T17:00:00-05:00");

    QTest::newRow("malformed json-ld is ignored") << page(
        "<title>Still imported</title><script type=\"application/ld+json\">{\"headline\": \"Broken\", </script>",
        storyParagraph) << QStringLiteral("Still imported")
                                                  << QString() << QString() << QString() << QString() << QString()
                                                  << unknown << QString();

    QTest::newRow("json-ld with raw line break in a string")
        << page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Two\nlines\"}</script>",
                storyParagraph)
        << QStringLiteral("Two lines") << QString() << QString() << QString() << QString() << QString() << unknown
        << QString();

    QTest::newRow("time element in the article")
        << page("<title>Vote count continues</title>",
                "<header><time datetime=\"2023-01-01\">Masthead date</time></header>"
                "<article><header><h1>Vote count continues</h1><time datetime=\"2024-11-05\">5 November</time></header>"
                    + storyParagraph + "</article>")
        << QStringLiteral("Vote count continues") << QString() << QString() << QString() << QString()
        << QStringLiteral("2024-11-05") << day << QStringLiteral("2024-11-05");

    QTest::newRow("meta date beats json-ld and <time>") << page(
        "<title>T</title><meta property=\"article:published_time\" content=\"2024-03-01\">"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-02\"}</script>",
        "<article><time datetime=\"2024-03-03\">3 March</time>" + storyParagraph + "</article>")
                                                        << QStringLiteral("T") << QString() << QString() << QString()
                                                        << QString() << QStringLiteral("2024-03-01") << day
                                                        << QStringLiteral("2024-03-01");

    QTest::newRow("parsely-pub-date") << page(
        "<meta name=\"parsely-pub-date\" content=\"2024-07-14T09:30:15.000Z\"><title>T</title>", storyParagraph)
                                      << QStringLiteral("T") << QString() << QString() << QString() << QString()
                                      << QStringLiteral("2024-07-14T09:30:15Z") << second
                                      << QStringLiteral("2024-07-14T09:30:15.000Z");

    QTest::newRow("sailthru.date in RFC 2822")
        << page("<meta name=\"sailthru.date\" content=\"Mon, 30 Sep 2024 14:05:00 GMT\"><title>T</title>",
                storyParagraph)
        << QStringLiteral("T") << QString() << QString() << QString() << QString()
        << QStringLiteral("2024-09-30T14:05:00Z") << second << QStringLiteral("Mon, 30 Sep 2024 14:05:00 GMT");

    QTest::newRow("unparsable date falls through to the next source") << page(
        "<meta name=\"date\" content=\"yesterday\"><meta name=\"dc.date\" content=\"2024-02-29\"><title>T</title>",
        storyParagraph) << QStringLiteral("T") << QString() << QString()
                                                                      << QString() << QString()
                                                                      << QStringLiteral("2024-02-29") << day
                                                                      << QStringLiteral("2024-02-29");

    QTest::newRow("no date stays unknown")
        << page({}, "<h1>Undated report</h1>" + storyParagraph) << QStringLiteral("Undated report") << QString()
        << QString() << QString() << QString() << QString() << unknown << QString();

    QTest::newRow("dash in title that is not the outlet")
        << page("<title>Rubio - Sheinbaum talks</title><meta property=\"og:site_name\" content=\"Gulf Herald\">",
                storyParagraph)
        << QStringLiteral("Rubio - Sheinbaum talks") << QString() << QStringLiteral("Gulf Herald") << QString()
        << QString() << QString() << unknown << QString();

    QTest::newRow("relative canonical resolved against og:url") << page(
        "<link rel=\"canonical\" href=\"/world/talks\">"
        "<meta property=\"og:url\" content=\"https://herald.example/world/talks?utm_source=x\"><title>T</title>",
        storyParagraph) << QStringLiteral("T") << QString() << QString()
                                                                << QStringLiteral("https://herald.example/world/talks")
                                                                << QString() << QString() << unknown << QString();

    QTest::newRow("canonical beats og:url")
        << page("<meta property=\"og:url\" content=\"https://m.herald.example/a\">"
                "<link rel=\"canonical\" href=\"https://herald.example/a\"><title>T</title>",
                storyParagraph)
        << QStringLiteral("T") << QString() << QString() << QStringLiteral("https://herald.example/a") << QString()
        << QString() << unknown << QString();

    QTest::newRow("svg title is not the page title")
        << page({}, "<svg><title>Logo</title></svg><h1>Real headline</h1>" + storyParagraph)
        << QStringLiteral("Real headline") << QString() << QString() << QString() << QString() << QString() << unknown
        << QString();
}

void TestHtmlImporter::metadata()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QString, outlet);
    QFETCH(QString, url);
    QFETCH(QString, language);
    QFETCH(QString, published);
    QFETCH(int, granularity);
    QFETCH(QString, expression);

    const auto result = HtmlImporter().import(html, QStringLiteral("story.html"));
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message));
    const ImportedDocument &document = result.value();
    QCOMPARE(document.mediaType, QStringLiteral("text/html"));
    QCOMPARE(document.title, title);
    QCOMPARE(document.author, author);
    QCOMPARE(document.outlet, outlet);
    QCOMPARE(document.url, url);
    QCOMPARE(document.language, language);
    QCOMPARE(document.published.isKnown(), !published.isEmpty());
    QCOMPARE(document.published.toEdtf(), published);
    QCOMPARE(int(document.published.granularity()), granularity);
    QCOMPARE(document.published.expression(), expression);
    QVERIFY(document.body.contains(QStringLiteral("Officials met on Monday")));
}

void TestHtmlImporter::publicationTimeWithoutZoneIsReadAsUtc()
{
    const QByteArray html
        = page("<meta name=\"dc.date\" content=\"2024-03-01 10:30\"><title>T</title>", storyParagraph);
    const auto result = HtmlImporter().import(html, QStringLiteral("story.html"));
    QVERIFY(result.hasValue());
    QCOMPARE(result->published.toEdtf(), QStringLiteral("2024-03-01T10:30Z"));
    QCOMPARE(result->published.granularity(), TimeValue::Granularity::Minute);
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings.constFirst().contains(QStringLiteral("UTC")));
}

void TestHtmlImporter::body_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("body");

    QTest::newRow("paragraphs and headings")
        << page({},
                "<article><h1>Head line</h1><p>One   two\n\t three</p><h2>Section</h2><p>Four "
                "<b>bold</b><i>italic</i>.</p></article>")
        << QStringLiteral("Head line\n\nOne two three\n\nSection\n\nFour bolditalic.");

    QTest::newRow("list items on their own lines") << page(
        {},
        "<main><p>Intro</p><ul><li>first</li><li>second <b>point</b></li></ul><ol><li>third</li></ol><p>End</p></main>")
                                                   << QStringLiteral("Intro\n\nfirst\nsecond point\nthird\n\nEnd");

    QTest::newRow("br and divs break paragraphs")
        << page({}, "<div>line one<br>line two</div><div><div>nested</div>tail</div>")
        << QStringLiteral("line one\n\nline two\n\nnested\n\ntail");

    QTest::newRow("boilerplate dropped")
        << page({},
                "<nav>Home World Sport</nav><header>Site header</header>"
                "<div class=\"cookie-banner\">We use cookies</div>"
                "<main><article>"
                "<div class=\"breadcrumb\">World &gt; Americas</div>"
                "<p>The story itself.</p>"
                "<div class=\"share-tools\">Share on X</div>"
                "<div id=\"newsletter-signup\">Get our newsletter</div>"
                "<div class=\"ad-slot\">Buy now</div>"
                "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>A caption stays.</figcaption></figure>"
                "<aside>Read more</aside>"
                "<form><button>Subscribe</button></form>"
                "<section class=\"related-stories\">Other story</section>"
                "<div class=\"comments\">First!</div>"
                "<p hidden>Hidden text</p>"
                "<p style=\"display: none\">Invisible text</p>"
                "<p>Second paragraph, with a header word.</p>"
                "</article></main>"
                "<footer>Copyright</footer>",
                " lang=\"en\"")
        << QStringLiteral("The story itself.\n\nA caption stays.\n\nSecond paragraph, with a header word.");

    QTest::newRow("innocent class names kept") << page(
        {},
        "<div class=\"shared-layout header-wrapper\"><p class=\"lead\">Kept text.</p><div class=\"ad\">Buy</div></div>")
                                               << QStringLiteral("Kept text.");

    QTest::newRow("container class does not drop everything")
        << page({}, "<div class=\"social-page\"><p>Wrapped story.</p></div>") << QStringLiteral("Wrapped story.");

    QTest::newRow("body class naming a banner keeps the body")
        << QByteArray("<html><body class=\"cookie-consent-shown\"><p>Body story.</p></body></html>")
        << QStringLiteral("Body story.");

    QTest::newRow("article preferred over the rest of the page")
        << page({}, "<p>Outside text</p><article><p>Inside text</p></article>") << QStringLiteral("Inside text");

    QTest::newRow("longest article wins") << page({},
                                                  "<article><p>Short teaser</p></article><article><p>The full story is "
                                                  "much longer than the teaser.</p></article>")
                                          << QStringLiteral("The full story is much longer than the teaser.");

    QTest::newRow("teaser article inside related box is not the story")
        << page({},
                "<div class=\"story\"><p>Main story text.</p></div><div "
                "class=\"related\"><article><p>Teaser</p></article></div>")
        << QStringLiteral("Main story text.");

    QTest::newRow("main preferred over body")
        << page({}, "<div>Outside</div><main><p>Main text</p></main>") << QStringLiteral("Main text");

    QTest::newRow("role=main preferred over body")
        << page({}, "<div>Outside</div><div role=\"main\"><p>Role text</p></div>") << QStringLiteral("Role text");

    QTest::newRow("entities and non-breaking spaces")
        << page({}, "<p>Caf&eacute;&nbsp;&nbsp;society &amp; &#8220;friends&#8221;</p>")
        << QStringLiteral("Café society & \u201Cfriends\u201D");

    QTest::newRow("preformatted text keeps its lines")
        << page({}, "<p>Before</p><pre>  line 1\n  line 2   \n</pre><p>After</p>")
        << QStringLiteral("Before\n\n  line 1\n  line 2\n\nAfter");

    QTest::newRow("table rows") << page(
        {}, "<table><tr><th>Name</th><th>Role</th></tr><tr><td>Rubio</td><td>Senator</td></tr></table>")
                                << QStringLiteral("Name Role\n\nRubio Senator");

    QTest::newRow("soft hyphens removed") << page({}, "<p>infor&shy;mation</p>") << QStringLiteral("information");
}

void TestHtmlImporter::body()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, body);

    const auto result = HtmlImporter().import(html, QStringLiteral("page.html"));
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message));
    QCOMPARE(result->body, body);
}

void TestHtmlImporter::scriptTextNeverReachesBody()
{
    const QByteArray html
        = page("<script>var headSecret = 'HEADSCRIPT';</script>"
               "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"JSONLDTEXT\"}</script>"
               "<style>.x{content:'STYLETEXT'}</style>",
               "<article><p>Visible one.</p>"
               "<script>document.write('BODYSCRIPT');</script>"
               "<noscript>NOSCRIPTTEXT</noscript>"
               "<template><p>TEMPLATETEXT</p></template>"
               "<!-- COMMENTTEXT -->"
               "<p>Visible <script>var inline='INLINESCRIPT';</script>two.</p>"
               "<svg><text>SVGTEXT</text></svg>"
               "<iframe src=\"x\">IFRAMETEXT</iframe>"
               "</article>");
    const auto result = HtmlImporter().import(html, QStringLiteral("page.html"));
    QVERIFY(result.hasValue());
    QCOMPARE(result->body, QStringLiteral("Visible one.\n\nVisible two."));
    for (const char *marker : { "HEADSCRIPT", "JSONLDTEXT", "STYLETEXT", "BODYSCRIPT", "NOSCRIPTTEXT", "TEMPLATETEXT",
                                "COMMENTTEXT", "INLINESCRIPT", "SVGTEXT", "IFRAMETEXT" })
        QVERIFY2(!result->body.contains(QLatin1String(marker)), marker);
    // The JSON-LD is still read as metadata.
    QCOMPARE(result->title, QStringLiteral("JSONLDTEXT"));
}

void TestHtmlImporter::charset_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("warned");

    QTest::newRow("meta charset windows-1252")
        << QByteArray("<html><head><meta charset=\"windows-1252\"><title>Caf\xE9</title></head>"
                      "<body><p>He said \x93no comment\x94 \x96 twice.</p></body></html>")
        << QStringLiteral("He said \u201Cno comment\u201D \u2013 twice.") << false;

    QTest::newRow("http-equiv iso-8859-1 means windows-1252")
        << QByteArray("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head>"
                      "<body><p>\x93Z\xFCrich\x94</p></body></html>")
        << QStringLiteral("\u201CZürich\u201D") << false;

    QTest::newRow("utf-8 declared") << QByteArray("<html><head><meta charset=utf-8></head><body><p>Pe\xC3\xB1"
                                                  "a Nieto</p></body></html>")
                                    << QStringLiteral("Peña Nieto") << false;

    QTest::newRow("utf-8 byte order mark") << QByteArray("\xEF\xBB\xBF<html><body><p>Z\xC3\xBCrich</p></body></html>")
                                           << QStringLiteral("Zürich") << false;

    QTest::newRow("utf-16le byte order mark")
        << QByteArray("\xFF\xFE<\0p\0>\0\xFC\0<\0/\0p\0>\0", 18) << QStringLiteral("ü") << false;

    QTest::newRow("undeclared and not utf-8") << QByteArray("<html><body><p>\x93quoted\x94</p></body></html>")
                                              << QStringLiteral("\u201Cquoted\u201D") << true;

    QTest::newRow("windows-1251 declared") << QByteArray(
        "<html><head><meta charset=\"windows-1251\"></head><body><p>\xCC\xEE\xF1\xEA\xE2\xE0</p></body></html>")
                                           << QStringLiteral("Москва") << false;

    QTest::newRow("utf-8 under an old windows-1251 label") << QByteArray(
        "<html><head><meta "
        "charset=\"windows-1251\"></head><body><p>\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0</p></body></html>")
                                                           << QStringLiteral("Москва") << false;
}

void TestHtmlImporter::charset()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, expected);
    QFETCH(bool, warned);

    const auto result = HtmlImporter().import(html, QStringLiteral("page.html"));
    QVERIFY(result.hasValue());
    QCOMPARE(result->body, expected);
    QCOMPARE(!result->warnings.isEmpty(), warned);
}

void TestHtmlImporter::declaredCharset_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("charset");

    QTest::newRow("none") << QByteArray("<html><head><title>x</title></head></html>") << QByteArray();
    QTest::newRow("meta charset") << QByteArray("<meta charset=\"Windows-1252\">") << QByteArray("windows-1252");
    QTest::newRow("meta charset single quotes") << QByteArray("<META CHARSET='utf-8'>") << QByteArray("utf-8");
    QTest::newRow("meta charset unquoted") << QByteArray("<meta charset=iso-8859-1>") << QByteArray("iso-8859-1");
    QTest::newRow("http-equiv") << QByteArray(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset = windows-1252\">")
                                << QByteArray("windows-1252");
    QTest::newRow("other meta first") << QByteArray("<meta name=\"x\" content=\"y\"><meta charset=\"utf-8\">")
                                      << QByteArray("utf-8");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF<meta charset=\"windows-1252\">") << QByteArray("utf-8");
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0<", 4) << QByteArray("utf-16be");
    QTest::newRow("beyond 4 KB ignored") << QByteArray(5000, ' ') + "<meta charset=\"windows-1252\">" << QByteArray();
    QTest::newRow("charset word in text is not a declaration") << QByteArray("<p>charset=koi8-r</p>") << QByteArray();
}

void TestHtmlImporter::declaredCharset()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, charset);
    QCOMPARE(HtmlImporter::declaredCharset(html), charset);
}

void TestHtmlImporter::noReadableText_data()
{
    QTest::addColumn<QByteArray>("html");

    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("only scripts") << page("<title>Loading</title>",
                                          "<script>render('app')</script><noscript>Enable JavaScript</noscript>");
    QTest::newRow("only navigation") << page({}, "<nav><a href=\"/\">Home</a></nav><footer>Copyright</footer>");
    QTest::newRow("whitespace") << page({}, "<div>  \n&nbsp; </div>");
}

void TestHtmlImporter::noReadableText()
{
    QFETCH(QByteArray, html);
    const auto result = HtmlImporter().import(html, QStringLiteral("empty.html"));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().message, QStringLiteral("the page has no readable text"));
}

void TestHtmlImporter::deeplyNestedMarkup_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<bool>("refused");

    const auto nested = [](const QByteArray &tag, int depth, const QByteArray &close = {}) -> QByteArray {
        QByteArray html = "<html><body>";
        for (int i = 0; i < depth; ++i)
            html += tag;
        html += "deep text";
        for (int i = 0; close.size() > 0 && i < depth; ++i)
            html += close;
        return html + "</body></html>";
    };
    QTest::newRow("4,000 spans deep") << nested("<span>", 4000) << false;
    QTest::newRow("4,000 divs deep, closed") << nested("<div>", 4000, "</div>") << false;
    QTest::newRow("20,000 spans deep") << nested("<span>", 20000) << true;
    QTest::newRow("100,000 divs deep") << nested("<div>", 100000) << true;
    QTest::newRow("20,000 unclosed paragraphs") << nested("<p>", 20000) << false;
    QTest::newRow("20,000 line breaks and images") << nested("<br><img src=x>", 20000) << false;
    QTest::newRow("20,000 self-closed spans") << nested("<span/>", 20000) << false;
    QTest::newRow("20,000 tags inside a script")
        << "<html><body><script>" + QByteArray("<div>").repeated(20000) + "</script><p>deep text</p></body></html>"
        << false;
    QTest::newRow("20,000 tags inside a comment")
        << "<html><body><!--" + QByteArray("<div>").repeated(20000) + "--><p>deep text</p></body></html>" << false;
    QTest::newRow("20,000 closed divs side by side")
        << "<html><body>" + QByteArray("<div>a</div>").repeated(20000) + "<p>deep text</p></body></html>" << false;
}

// The HTML parser's time grows with the square of the nesting depth: a page nested
// deeper than any real page is refused, quickly and with a clear message.
void TestHtmlImporter::deeplyNestedMarkup()
{
    QFETCH(QByteArray, html);
    QFETCH(bool, refused);
    std::optional<Result<ImportedDocument, ImportError>> imported;
    const double seconds
        = test::leastProcessorSeconds(1, [&] { imported = HtmlImporter().import(html, QStringLiteral("deep.html")); });
    const auto &result = *imported;
    if (refused) {
        QVERIFY(!result.hasValue());
        QVERIFY2(result.error().message.contains(QStringLiteral("nested more than 5000 deep")),
                 qPrintable(result.error().message));
        QVERIFY2(seconds < 0.5, "the depth was not measured before parsing");
    } else {
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().message));
        QVERIFY2(result->body.contains(QStringLiteral("deep text")), qPrintable(result->body.left(200)));
    }
}

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
