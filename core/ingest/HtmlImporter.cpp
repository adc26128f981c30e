#include "HtmlImporter.h"

#include "TextDecoder.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>
#include <QUrl>

#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace annalist {

namespace {

// ---------------------------------------------------------------------------
// Small helpers over the gumbo tree

struct GumboOutputDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT;
}

bool isHtmlElement(const GumboNode *node, GumboTag tag)
{
    return isElement(node) && node->v.element.tag == tag && node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

const GumboVector &childrenOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

const GumboNode *childAt(const GumboVector &children, unsigned int index)
{
    return static_cast<const GumboNode *>(children.data[index]);
}

bool hasChildren(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT || node->type == GUMBO_NODE_ELEMENT;
}

// Attribute value as text; names are lower case in gumbo's tree.
QString attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

bool hasAttribute(const GumboNode *node, const char *name)
{
    return isElement(node) && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

// Visits node and its descendants in document order without recursion, so that
// absurdly deep markup cannot exhaust the stack. The visitor returns false to skip
// an element's subtree.
template<typename Visitor>
void visitPreOrder(const GumboNode *root, Visitor &&visit)
{
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (!visit(node) || !hasChildren(node))
            continue;
        const GumboVector &children = childrenOf(node);
        for (unsigned int i = children.length; i > 0; --i)
            stack.append(childAt(children, i - 1));
    }
}

// Text of an element and its descendants, whitespace collapsed; script and style
// content is never text.
QString textContent(const GumboNode *root)
{
    QString text;
    visitPreOrder(root, [&text](const GumboNode *node) {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            text += QString::fromUtf8(node->v.text.text);
            return false;
        case GUMBO_NODE_ELEMENT: {
            const GumboTag tag = node->v.element.tag;
            return tag != GUMBO_TAG_SCRIPT && tag != GUMBO_TAG_STYLE && tag != GUMBO_TAG_TEMPLATE
                && tag != GUMBO_TAG_NOSCRIPT;
        }
        default:
            return false;
        }
    });
    return text.simplified();
}

// ---------------------------------------------------------------------------
// What counts as page furniture rather than the story

bool isFurnitureTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

bool isFurnitureRole(const QString &role)
{
    static const QStringList roles = {
        QStringLiteral("navigation"), QStringLiteral("banner"), QStringLiteral("contentinfo"),
        QStringLiteral("complementary"), QStringLiteral("search"), QStringLiteral("dialog"),
        QStringLiteral("alertdialog"), QStringLiteral("menu"), QStringLiteral("menubar"),
    };
    return roles.contains(role.trimmed().toLower());
}

// Class or id words that sites use for things around the story.
bool marksFurniture(const QString &classAndId)
{
    static const QStringList fragments = {
        QStringLiteral("cookie"),    QStringLiteral("consent"),    QStringLiteral("newsletter"), QStringLiteral("sharing"),
        QStringLiteral("sharebar"),  QStringLiteral("social"),     QStringLiteral("related"),    QStringLiteral("comments"),
        QStringLiteral("advert"),    QStringLiteral("promo"),      QStringLiteral("breadcrumb"), QStringLiteral("subscribe"),
        QStringLiteral("sidebar"),   QStringLiteral("paywall"),    QStringLiteral("popup"),      QStringLiteral("sponsor"),
    };
    // Whole words only for these, which occur inside innocent names ("header",
    // "shared-layout").
    static const QStringList words = {
        QStringLiteral("ad"),     QStringLiteral("ads"),    QStringLiteral("banner"), QStringLiteral("comment"),
        QStringLiteral("modal"),  QStringLiteral("signup"), QStringLiteral("donate"), QStringLiteral("share"),
        QStringLiteral("shares"),
    };
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    static const QRegularExpression wordSeparator(QStringLiteral("[-_]"));
    const QStringList tokens = classAndId.toLower().split(whitespace, Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        for (const QString &fragment : fragments) {
            if (token.contains(fragment))
                return true;
        }
        const QStringList parts = token.split(wordSeparator, Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (words.contains(part))
                return true;
        }
    }
    return false;
}

struct FurnitureRules
{
    // header and footer are furniture in the body text, but an article's header is
    // where its <time> lives.
    bool headerAndFooter = true;
    // Off for the retry when a page wraps everything in, say, class="social-page".
    bool classNames = true;
};

bool isFurniture(const GumboNode *node, FurnitureRules rules)
{
    if (!isElement(node))
        return false;
    const GumboElement &element = node->v.element;
    if (element.tag_namespace == GUMBO_NAMESPACE_SVG)
        return true;
    if (isFurnitureTag(element.tag))
        return true;
    if (rules.headerAndFooter && (element.tag == GUMBO_TAG_HEADER || element.tag == GUMBO_TAG_FOOTER))
        return true;
    if (hasAttribute(node, "hidden") || attribute(node, "aria-hidden").trimmed().toLower() == QLatin1String("true"))
        return true;
    if (isFurnitureRole(attribute(node, "role")))
        return true;
    const QString style = attribute(node, "style").toLower().remove(QLatin1Char(' '));
    if (style.contains(QLatin1String("display:none")) || style.contains(QLatin1String("visibility:hidden")))
        return true;
    if (rules.classNames) {
        const QString names = attribute(node, "class") + QLatin1Char(' ') + attribute(node, "id");
        if (names.size() > 1 && marksFurniture(names))
            return true;
    }
    return false;
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

// ---------------------------------------------------------------------------
// Body text

// Turns a subtree into paragraphs: blocks become paragraphs separated by a blank
// line, list items become lines, whitespace inside a paragraph collapses.
class TextExtractor
{
public:
    explicit TextExtractor(FurnitureRules rules) : m_rules(rules) { }

    QString extract(const GumboNode *root)
    {
        // Each entry is a node and whether its children have already been pushed.
        QList<std::pair<const GumboNode *, bool>> stack{{root, false}};
        while (!stack.isEmpty()) {
            const auto [node, expanded] = stack.takeLast();
            if (expanded) {
                leave(node);
                continue;
            }
            switch (node->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA:
                appendText(QString::fromUtf8(node->v.text.text));
                break;
            case GUMBO_NODE_ELEMENT: {
                // The chosen root is kept even if its own class looks like furniture
                // (e.g. <body class="cookie-banner-shown">).
                if (node != root && isFurniture(node, m_rules))
                    break;
                enter(node);
                stack.append({node, true});
                const GumboVector &children = node->v.element.children;
                for (unsigned int i = children.length; i > 0; --i)
                    stack.append({childAt(children, i - 1), false});
                break;
            }
            default:
                break; // comments, templates, the document node
            }
        }
        flush();
        return joined();
    }

private:
    enum class BlockKind { Paragraph, ListItem };
    struct Block
    {
        QString text;
        BlockKind kind;
    };

    void enter(const GumboNode *node)
    {
        const GumboTag tag = node->v.element.tag;
        if (isBlockTag(tag))
            flush();
        if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD)
            ++m_listItemDepth;
        else if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA)
            ++m_preDepth;
        else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            appendText(QStringLiteral(" "));
    }

    void leave(const GumboNode *node)
    {
        const GumboTag tag = node->v.element.tag;
        if (isBlockTag(tag))
            flush();
        if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD)
            --m_listItemDepth;
        else if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA)
            --m_preDepth;
        else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            appendText(QStringLiteral(" "));
    }

    static bool isInvisible(QChar c)
    {
        // Soft hyphens and zero-width characters would split words for search.
        return c == QChar(0x00AD) || c == QChar(0x200B) || c == QChar(0xFEFF);
    }

    void appendText(const QString &text)
    {
        if (m_preDepth > 0) {
            for (const QChar c : text) {
                if (c != QLatin1Char('\r') && !isInvisible(c))
                    m_current += c;
            }
            m_currentIsPreformatted = true;
            return;
        }
        for (const QChar c : text) {
            if (c.isSpace()) {
                if (!m_current.isEmpty() && !m_current.back().isSpace())
                    m_current += QLatin1Char(' ');
            } else if (!isInvisible(c)) {
                m_current += c;
            }
        }
    }

    void flush()
    {
        QString text;
        if (m_currentIsPreformatted) {
            QStringList lines = m_current.split(QLatin1Char('\n'));
            for (QString &line : lines) {
                while (!line.isEmpty() && line.back().isSpace())
                    line.chop(1);
            }
            while (!lines.isEmpty() && lines.constFirst().isEmpty())
                lines.removeFirst();
            while (!lines.isEmpty() && lines.constLast().isEmpty())
                lines.removeLast();
            text = lines.join(QLatin1Char('\n'));
        } else {
            text = m_current.trimmed();
        }
        m_current.clear();
        m_currentIsPreformatted = false;
        if (!text.isEmpty())
            m_blocks.append({text, m_listItemDepth > 0 ? BlockKind::ListItem : BlockKind::Paragraph});
    }

    QString joined() const
    {
        QString result;
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            if (i > 0) {
                const bool sameList = m_blocks.at(i - 1).kind == BlockKind::ListItem && m_blocks.at(i).kind == BlockKind::ListItem;
                result += sameList ? QStringLiteral("\n") : QStringLiteral("\n\n");
            }
            result += m_blocks.at(i).text;
        }
        return result;
    }

    FurnitureRules m_rules;
    QList<Block> m_blocks;
    QString m_current;
    bool m_currentIsPreformatted = false;
    int m_listItemDepth = 0;
    int m_preDepth = 0;
};

QString extractText(const GumboNode *root)
{
    QString text = TextExtractor(FurnitureRules{}).extract(root);
    if (text.isEmpty()) {
        // Some sites put a furniture-sounding class on a wrapper around everything.
        FurnitureRules lenient;
        lenient.classNames = false;
        text = TextExtractor(lenient).extract(root);
    }
    return text;
}

bool insideFurniture(const GumboNode *node)
{
    for (const GumboNode *ancestor = node->parent; ancestor; ancestor = ancestor->parent) {
        if (isHtmlElement(ancestor, GUMBO_TAG_BODY) || isHtmlElement(ancestor, GUMBO_TAG_HTML))
            break;
        if (isFurniture(ancestor, FurnitureRules{}))
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------
// What a page says about itself

struct PageFacts
{
    // Lower-cased name, property, itemprop or http-equiv → contents in page order.
    QHash<QString, QStringList> meta;
    QString canonical;
    QString title;
    QString firstHeading;
    QString language;
    QStringList jsonLd;
    const GumboNode *body = nullptr;
    const GumboNode *main = nullptr;
    const GumboNode *roleMain = nullptr;
    QList<const GumboNode *> articles;

    QString metaValue(const QString &key) const
    {
        const QStringList values = meta.value(key);
        return values.isEmpty() ? QString() : values.constFirst();
    }
};

PageFacts collectFacts(const GumboOutput *output)
{
    PageFacts facts;
    if (output->root && isElement(output->root))
        facts.language = attribute(output->root, "lang").trimmed();

    visitPreOrder(output->document, [&facts](const GumboNode *node) {
        if (node->type == GUMBO_NODE_DOCUMENT)
            return true;
        if (!isElement(node))
            return false;
        const GumboElement &element = node->v.element;
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
            return false; // an <svg> has its own <title>
        switch (element.tag) {
        case GUMBO_TAG_META: {
            const QString content = attribute(node, "content").trimmed();
            if (content.isEmpty())
                return false;
            for (const char *keyAttribute : {"name", "property", "itemprop", "http-equiv"}) {
                const QString key = attribute(node, keyAttribute).trimmed().toLower();
                if (!key.isEmpty())
                    facts.meta[key].append(content);
            }
            return false;
        }
        case GUMBO_TAG_LINK:
            if (facts.canonical.isEmpty()
                && attribute(node, "rel").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String("canonical")))
                facts.canonical = attribute(node, "href").trimmed();
            return false;
        case GUMBO_TAG_TITLE:
            if (facts.title.isEmpty())
                facts.title = textContent(node);
            return false;
        case GUMBO_TAG_H1:
            if (facts.firstHeading.isEmpty())
                facts.firstHeading = textContent(node);
            return true;
        case GUMBO_TAG_SCRIPT:
            if (attribute(node, "type").toLower().contains(QLatin1String("ld+json"))) {
                QString json;
                const GumboVector &children = element.children;
                for (unsigned int i = 0; i < children.length; ++i) {
                    const GumboNode *child = childAt(children, i);
                    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA)
                        json += QString::fromUtf8(child->v.text.text);
                }
                facts.jsonLd.append(json);
            }
            return false;
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_TEMPLATE:
            return false;
        case GUMBO_TAG_BODY:
            if (!facts.body)
                facts.body = node;
            break;
        case GUMBO_TAG_MAIN:
            if (!facts.main)
                facts.main = node;
            break;
        case GUMBO_TAG_ARTICLE:
            facts.articles.append(node);
            break;
        default:
            break;
        }
        if (!facts.roleMain && attribute(node, "role").trimmed().toLower() == QLatin1String("main"))
            facts.roleMain = node;
        return true;
    });
    return facts;
}

bool looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

// ---------------------------------------------------------------------------
// JSON-LD (schema.org) blocks, which may be objects, arrays or @graph lists that
// refer to each other by @id.

class LinkedData
{
public:
    void add(const QString &text)
    {
        QString json = text.trimmed();
        // Leftovers of old CMS templates that hid scripts from ancient browsers.
        for (const QString &wrapper : {QStringLiteral("<!--"), QStringLiteral("//<![CDATA["), QStringLiteral("<![CDATA[")}) {
            if (json.startsWith(wrapper))
                json = json.mid(wrapper.size()).trimmed();
        }
        for (const QString &wrapper : {QStringLiteral("-->"), QStringLiteral("//]]>"), QStringLiteral("]]>")}) {
            if (json.endsWith(wrapper))
                json.chop(wrapper.size());
        }
        QJsonParseError error;
        QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            // Raw line breaks inside strings are the most common defect; outside
            // strings they are plain whitespace, so replacing them is harmless.
            json.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
            document = QJsonDocument::fromJson(json.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError)
                return; // malformed metadata is not worth failing an import over
        }
        if (document.isArray())
            collect(document.array(), 0);
        else if (document.isObject())
            collect(document.object(), 0);
    }

    QString headline() const { return firstString(QStringLiteral("headline")); }
    QString datePublished() const { return firstString(QStringLiteral("datePublished")); }

    QString authors() const
    {
        for (const QJsonObject &object : ordered()) {
            const QStringList names = namesOf(object.value(QStringLiteral("author")));
            if (!names.isEmpty())
                return names.join(QStringLiteral(", "));
        }
        return {};
    }

    QString publisher() const
    {
        for (const QJsonObject &object : ordered()) {
            const QStringList names = namesOf(object.value(QStringLiteral("publisher")));
            if (!names.isEmpty())
                return names.constFirst();
        }
        return {};
    }

private:
    void collect(const QJsonValue &value, int depth)
    {
        if (depth > 8)
            return;
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &item : array)
                collect(item, depth + 1);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        const QString id = object.value(QStringLiteral("@id")).toString();
        // An object holding only "@id" is a reference, not the definition.
        if (!id.isEmpty() && object.size() > 1 && !m_byId.contains(id))
            m_byId.insert(id, object);
        (isArticle(object) ? m_articles : m_others).append(object);
        if (object.contains(QStringLiteral("@graph")))
            collect(object.value(QStringLiteral("@graph")), depth + 1);
    }

    static bool isArticle(const QJsonObject &object)
    {
        const QJsonValue type = object.value(QStringLiteral("@type"));
        QStringList types;
        if (type.isArray()) {
            const QJsonArray array = type.toArray();
            for (const QJsonValue &item : array)
                types.append(item.toString());
        } else {
            types.append(type.toString());
        }
        for (const QString &name : std::as_const(types)) {
            if (name.contains(QLatin1String("Article")) || name.contains(QLatin1String("BlogPosting")) || name == QLatin1String("Report"))
                return true;
        }
        return false;
    }

    QList<QJsonObject> ordered() const { return m_articles + m_others; }

    QString firstString(const QString &key) const
    {
        for (const QJsonObject &object : ordered()) {
            const QString value = object.value(key).toString().trimmed();
            if (!value.isEmpty())
                return value;
        }
        return {};
    }

    QJsonObject resolved(const QJsonObject &object) const
    {
        const QString id = object.value(QStringLiteral("@id")).toString();
        if (object.size() == 1 && !id.isEmpty())
            return m_byId.value(id, object);
        return object;
    }

    // Names of a person or organisation given as text, an object, a reference or a list.
    QStringList namesOf(const QJsonValue &value) const
    {
        QStringList names;
        const auto addName = [&names](const QString &name) {
            const QString simplified = name.simplified();
            if (!simplified.isEmpty() && !names.contains(simplified))
                names.append(simplified);
        };
        const auto addOne = [&](const QJsonValue &item) {
            if (item.isString() && !looksLikeUrl(item.toString()))
                addName(item.toString());
            else if (item.isObject())
                addName(resolved(item.toObject()).value(QStringLiteral("name")).toString());
        };
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &item : array)
                addOne(item);
        } else {
            addOne(value);
        }
        return names;
    }

    QList<QJsonObject> m_articles;
    QList<QJsonObject> m_others;
    QHash<QString, QJsonObject> m_byId;
};

// ---------------------------------------------------------------------------
// Dates

// A publication time as sites state it: ISO 8601 with or without a time and offset,
// or RFC 2822. Returns unknown when the text is not a date.
TimeValue parsePublished(const QString &raw, QStringList &warnings)
{
    const QString text = raw.trimmed();
    TimeValue value;
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression monthOnly(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression isoStamp(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            value = TimeValue::day(date);
    } else if (const QRegularExpressionMatch month = monthOnly.match(text); month.hasMatch()) {
        const int m = month.captured(2).toInt();
        if (m >= 1 && m <= 12)
            value = TimeValue::month(month.captured(1).toInt(), m);
    } else if (const QRegularExpressionMatch stamp = isoStamp.match(text); stamp.hasMatch()) {
        QString iso = text;
        iso[10] = QLatin1Char('T');
        iso.remove(QRegularExpression(QStringLiteral("\\s+")));
        QDateTime moment = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (moment.isValid()) {
            if (stamp.captured(4).isEmpty()) {
                // Without an offset the site's own zone is unknown; UTC at least does
                // not depend on the analyst's computer.
                moment = QDateTime(moment.date(), moment.time(), QTimeZone::utc());
                warnings.append(QStringLiteral("the publication time has no time zone; it was read as UTC"));
            }
            const bool hasSeconds = !stamp.captured(1).isEmpty();
            value = TimeValue::instant(moment, hasSeconds ? TimeValue::Granularity::Second : TimeValue::Granularity::Minute);
        }
    } else {
        QString rfc = text;
        rfc.replace(QRegularExpression(QStringLiteral("\\s+(GMT|UTC|UT|Z)$"), QRegularExpression::CaseInsensitiveOption), QStringLiteral(" +0000"));
        const QDateTime moment = QDateTime::fromString(rfc, Qt::RFC2822Date);
        if (moment.isValid())
            value = TimeValue::instant(moment, TimeValue::Granularity::Second);
    }
    if (value.isKnown())
        value.setExpression(text);
    return value;
}

const GumboNode *firstTimeElement(const GumboNode *root)
{
    const GumboNode *found = nullptr;
    FurnitureRules rules;
    rules.headerAndFooter = false;
    visitPreOrder(root, [&](const GumboNode *node) {
        if (found || !isElement(node))
            return false;
        if (node != root && isFurniture(node, rules))
            return false;
        if (isHtmlElement(node, GUMBO_TAG_TIME) && !attribute(node, "datetime").trimmed().isEmpty()) {
            found = node;
            return false;
        }
        return true;
    });
    return found;
}

// ---------------------------------------------------------------------------
// Titles

// "Talks resume in Doha - The Daily Record" → "Talks resume in Doha" when the
// outlet is "The Daily Record".
QString withoutOutletSuffix(const QString &title, const QString &outlet)
{
    if (outlet.isEmpty())
        return title;
    for (const QString &separator : {QStringLiteral(" - "), QStringLiteral(" | "), QStringLiteral(" \u2013 "), QStringLiteral(" \u2014 "),
                                     QStringLiteral(" \u00B7 "), QStringLiteral(" :: ")}) {
        const qsizetype at = title.lastIndexOf(separator);
        if (at > 0 && title.mid(at + separator.size()).trimmed().compare(outlet, Qt::CaseInsensitive) == 0)
            return title.left(at).trimmed();
    }
    return title;
}

QString firstNonEmpty(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        const QString simplified = candidate.simplified();
        if (!simplified.isEmpty())
            return simplified;
    }
    return {};
}

// ---------------------------------------------------------------------------
// Decoding

bool isHandledByTextDecoder(const QByteArray &label)
{
    static const QByteArrayList known = {"utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be",
                                         "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1",
                                         "latin-1", "l1", "iso_8859-1", "us-ascii", "ascii", "ansi_x3.4-1968"};
    return known.contains(label);
}

bool hasNonAscii(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; });
}

DecodedText decodePage(const QByteArray &bytes, const QByteArray &charset)
{
    // Other declared charsets (windows-1251, shift_jis, gbk …) are honoured when Qt
    // can decode them, unless the bytes are plainly UTF-8 with non-ASCII text: a
    // page re-saved as UTF-8 often keeps its old declaration.
    if (!charset.isEmpty() && !isHandledByTextDecoder(charset)
        && !(hasNonAscii(bytes) && TextDecoder::isValidUtf8(bytes))) {
        QStringDecoder decoder(charset.constData(), QStringConverter::Flag::Stateless);
        if (decoder.isValid()) {
            DecodedText result;
            result.text = decoder(bytes);
            if (!decoder.hasError()) {
                result.encoding = QString::fromLatin1(charset);
                return result;
            }
        }
    }
    return TextDecoder::decode(bytes, charset);
}

} // namespace

QByteArray HtmlImporter::declaredCharset(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return "utf-8";
    if (bytes.startsWith("\xFF\xFE"))
        return "utf-16le";
    if (bytes.startsWith("\xFE\xFF"))
        return "utf-16be";

    const QByteArray head = bytes.left(4096).toLower();
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    const auto isLabel = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
    };
    for (qsizetype meta = head.indexOf("<meta"); meta >= 0; meta = head.indexOf("<meta", meta + 5)) {
        const qsizetype end = head.indexOf('>', meta);
        const QByteArray tag = head.mid(meta, end < 0 ? -1 : end - meta);
        // Covers both <meta charset="x"> and content="text/html; charset=x".
        for (qsizetype at = tag.indexOf("charset"); at >= 0; at = tag.indexOf("charset", at + 7)) {
            qsizetype i = at + 7;
            while (i < tag.size() && isSpace(tag.at(i)))
                ++i;
            if (i >= tag.size() || tag.at(i) != '=')
                continue;
            ++i;
            while (i < tag.size() && (isSpace(tag.at(i)) || tag.at(i) == '"' || tag.at(i) == '\''))
                ++i;
            const qsizetype start = i;
            while (i < tag.size() && isLabel(tag.at(i)))
                ++i;
            if (i > start)
                return tag.mid(start, i - start);
        }
    }
    return {};
}

Result<ImportedDocument, ImportError> HtmlImporter::import(const QByteArray &bytes, const QString &fileName) const
{
    Q_UNUSED(fileName);
    ImportedDocument document;
    document.mediaType = QStringLiteral("text/html");

    const DecodedText decoded = decodePage(bytes, declaredCharset(bytes));
    if (!decoded.warning.isEmpty())
        document.warnings.append(decoded.warning);

    const QByteArray utf8 = decoded.text.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    // Parse errors are of no use here; recording them costs time on messy pages.
    options.max_errors = 0;
    const std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
        gumbo_parse_with_options(&options, utf8.constData(), static_cast<size_t>(utf8.size())));
    if (!output || !output->document)
        return ImportError{QStringLiteral("the page could not be read as HTML")};

    const PageFacts facts = collectFacts(output.get());
    LinkedData linkedData;
    for (const QString &json : facts.jsonLd)
        linkedData.add(json);

    document.outlet = firstNonEmpty({facts.metaValue(QStringLiteral("og:site_name")), linkedData.publisher(),
                                     facts.metaValue(QStringLiteral("application-name"))});
    document.title = firstNonEmpty({facts.metaValue(QStringLiteral("og:title")), facts.metaValue(QStringLiteral("twitter:title")),
                                    linkedData.headline(), withoutOutletSuffix(facts.title.simplified(), document.outlet),
                                    facts.firstHeading});

    QStringList metaAuthors;
    for (const QString &key : {QStringLiteral("author"), QStringLiteral("article:author")}) {
        for (const QString &author : facts.meta.value(key)) {
            // article:author is often a profile URL, which is no name.
            const QString name = author.simplified();
            if (!name.isEmpty() && !looksLikeUrl(name) && !metaAuthors.contains(name))
                metaAuthors.append(name);
        }
        if (!metaAuthors.isEmpty())
            break;
    }
    document.author = metaAuthors.isEmpty() ? linkedData.authors() : metaAuthors.join(QStringLiteral(", "));

    const QString ogUrl = facts.metaValue(QStringLiteral("og:url"));
    if (!facts.canonical.isEmpty()) {
        QUrl canonical(facts.canonical);
        const QUrl base(ogUrl);
        if (canonical.isRelative() && base.isValid() && !base.isRelative())
            canonical = base.resolved(canonical);
        document.url = canonical.toString();
    } else {
        document.url = ogUrl;
    }

    document.language = firstNonEmpty({facts.language, facts.metaValue(QStringLiteral("content-language")),
                                       facts.metaValue(QStringLiteral("og:locale")).replace(QLatin1Char('_'), QLatin1Char('-'))});

    // Where the text comes from: the longest <article> that is not itself a teaser
    // inside a "related" box, else <main>, else role=main, else <body>.
    const GumboNode *root = nullptr;
    QString body;
    for (const GumboNode *article : facts.articles) {
        if (insideFurniture(article))
            continue;
        const QString text = extractText(article);
        if (text.size() > body.size()) {
            body = text;
            root = article;
        }
    }
    for (const GumboNode *fallback : {facts.main, facts.roleMain, facts.body}) {
        if (!body.isEmpty())
            break;
        if (fallback) {
            body = extractText(fallback);
            root = fallback;
        }
    }
    if (body.isEmpty())
        return ImportError{QStringLiteral("the page has no readable text")};
    document.body = body;

    QStringList dateCandidates;
    for (const QString &key : {QStringLiteral("article:published_time"), QStringLiteral("og:published_time"), QStringLiteral("date"),
                               QStringLiteral("dc.date"), QStringLiteral("dc.date.issued"), QStringLiteral("dcterms.date"),
                               QStringLiteral("pubdate"), QStringLiteral("parsely-pub-date"), QStringLiteral("sailthru.date")})
        dateCandidates.append(facts.metaValue(key));
    dateCandidates.append(linkedData.datePublished());
    dateCandidates.append(facts.metaValue(QStringLiteral("datepublished"))); // microdata itemprop
    // A page-wide <body> may carry today's date in its masthead, so only a story
    // container is trusted for <time>.
    if (root && root != facts.body) {
        if (const GumboNode *time = firstTimeElement(root))
            dateCandidates.append(attribute(time, "datetime"));
    }
    for (const QString &candidate : std::as_const(dateCandidates)) {
        if (candidate.trimmed().isEmpty())
            continue;
        QStringList dateWarnings;
        const TimeValue published = parsePublished(candidate, dateWarnings);
        if (published.isKnown()) {
            document.published = published;
            document.warnings += dateWarnings;
            break;
        }
    }
    return document;
}

} // namespace annalist
