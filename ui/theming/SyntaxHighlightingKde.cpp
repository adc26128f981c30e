// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The SyntaxHighlighting of builds with KDE Syntax-Highlighting (KF6): its syntax
// definitions highlight file text, its colour themes colour the reader.

#include "SyntaxHighlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>

#include <QMimeDatabase>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace annalist {

namespace {

using KSyntaxHighlighting::Definition;
using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

// How much of a document's start is enough to tell its kind by content.
constexpr int sniffLength = 4096;
// Colours closer than this (weighted RGB distance, 0 to about 765) look alike side by side.
constexpr double alike = 90.0;

double distance(const QColor &a, const QColor &b)
{
    // The "redmean" weighting: closer to what the eye sees than plain RGB distance.
    const double meanRed = (a.red() + b.red()) / 2.0;
    const double red = a.red() - b.red();
    const double green = a.green() - b.green();
    const double blue = a.blue() - b.blue();
    return std::sqrt((2.0 + meanRed / 256.0) * red * red + 4.0 * green * green
                     + (2.0 + (255.0 - meanRed) / 256.0) * blue * blue);
}

QColor themeColor(QRgb rgb, const QColor &fallback)
{
    // The library reports a colour the theme leaves unset as 0.
    return rgb == 0 ? fallback : QColor::fromRgb(rgb);
}

// Where an entity type takes its colour from in a theme, best first: the text styles
// whose colours in most themes are near the type's project colour (blue people, red
// organisations, green places, purple titles, grey for the rest).
struct TypeStyles
{
    const char16_t *type;
    std::initializer_list<Theme::TextStyle> styles;
};

const TypeStyles typeStyles[] = {
    { BuiltInEntityType::Person,
      { Theme::DataType, Theme::Variable, Theme::Attribute, Theme::Function, Theme::Keyword } },
    { BuiltInEntityType::Organisation,
      { Theme::String, Theme::Alert, Theme::Error, Theme::Warning, Theme::SpecialString, Theme::Operator } },
    { BuiltInEntityType::Place,
      { Theme::Others, Theme::Preprocessor, Theme::Import, Theme::SpecialChar, Theme::Constant, Theme::DecVal } },
    { BuiltInEntityType::Title,
      { Theme::Function, Theme::BuiltIn, Theme::Annotation, Theme::Char, Theme::ControlFlow, Theme::Extension } },
    { BuiltInEntityType::Other, { Theme::Comment, Theme::Documentation, Theme::RegionMarker } },
};

class KdeHighlighting final : public SyntaxHighlighting
{
public:
    QString libraryName() const override
    {
        return QStringLiteral("KDE Syntax-Highlighting " KSYNTAXHIGHLIGHTING_VERSION_STRING);
    }

    QStringList themeNames() const override
    {
        QList<Theme> themes = m_repository.themes();
        std::sort(themes.begin(), themes.end(), [](const Theme &a, const Theme &b) {
            return a.translatedName().compare(b.translatedName(), Qt::CaseInsensitive) < 0;
        });
        QStringList names;
        for (const Theme &theme : std::as_const(themes))
            names << theme.name();
        return names;
    }

    QString displayName(const QString &themeName) const override
    {
        const Theme theme = m_repository.theme(themeName);
        return theme.isValid() ? theme.translatedName() : themeName;
    }

    ReaderTheme theme(const QString &themeName, const QPalette &palette) const override
    {
        Theme theme = named(themeName);
        if (!theme.isValid())
            theme = m_repository.themeForPalette(palette);
        if (!theme.isValid())
            return ReaderTheme::builtIn(palette);
        const ReaderTheme builtIn = ReaderTheme::builtIn(palette);
        ReaderTheme reader;
        reader.name = theme.name();
        reader.background = themeColor(theme.editorColor(Theme::BackgroundColor), builtIn.background);
        reader.text = themeColor(theme.textColor(Theme::Normal), builtIn.text);
        reader.selection = themeColor(theme.editorColor(Theme::TextSelection), builtIn.selection);
        reader.selectedText = themeColor(theme.selectedTextColor(Theme::Normal), reader.text);
        reader.typeColors = typeColors(theme, reader.background, reader.text);
        return reader;
    }

    QString highlight(QTextDocument *document, const QString &fileName, const ReaderTheme &theme) const override
    {
        using KSyntaxHighlighting::SyntaxHighlighter;
        auto *highlighter = document->findChild<SyntaxHighlighter *>(QString(), Qt::FindDirectChildrenOnly);
        const Definition definition = definitionFor(fileName, start(document));
        if (!definition.isValid()) {
            delete highlighter; // its formats go with it
            return {};
        }
        const bool fresh = !highlighter;
        if (fresh)
            highlighter = new SyntaxHighlighter(document);
        Theme colors = named(theme.name);
        if (!colors.isValid())
            colors = m_repository.defaultTheme(theme.isDark() ? Repository::DarkTheme : Repository::LightTheme);
        highlighter->setTheme(colors);
        if (fresh || highlighter->definition() != definition)
            highlighter->setDefinition(definition);
        else
            highlighter->rehighlight();
        return definition.name();
    }

private:
    // Invalid for an empty or unknown name.
    Theme named(const QString &name) const
    {
        if (name.isEmpty())
            return {};
        const Theme theme = m_repository.theme(name);
        // The library answers an unknown name with its default theme.
        return theme.isValid() && theme.name() == name ? theme : Theme();
    }

    Definition definitionFor(const QString &fileName, const QString &start) const
    {
        if (!fileName.isEmpty()) {
            if (const Definition byName = m_repository.definitionForFileName(fileName); byName.isValid())
                return byName;
        }
        // A file without a telling name: its first bytes (an HTML doctype, an XML declaration).
        const QMimeType type = m_mimeTypes.mimeTypeForFileNameAndData(fileName, start.toUtf8());
        const QStringList names = QStringList { type.name() } + type.allAncestors();
        for (const QString &name : names) {
            if (name == QLatin1String("text/plain") || name == QLatin1String("application/octet-stream"))
                continue;
            if (const Definition byType = m_repository.definitionForMimeType(name); byType.isValid())
                return byType;
        }
        return {};
    }

    static QString start(const QTextDocument *document)
    {
        QString text;
        for (QTextBlock block = document->begin(); block.isValid() && text.size() < sniffLength; block = block.next())
            text += block.text() + u'\n';
        return text.left(sniffLength);
    }

    // For each built-in type, the first of its styles whose colour stands out from the
    // page, the text and the colours already given to other types.
    static QHash<QString, QColor> typeColors(const Theme &theme, const QColor &background, const QColor &text)
    {
        QHash<QString, QColor> colors;
        QList<QColor> taken = { background, text };
        for (const TypeStyles &entry : typeStyles) {
            for (const Theme::TextStyle style : entry.styles) {
                const QColor color = themeColor(theme.textColor(style), QColor());
                const bool distinct = color.isValid()
                    && std::all_of(taken.cbegin(), taken.cend(),
                                   [&](const QColor &other) { return distance(color, other) >= alike; });
                if (distinct) {
                    colors.insert(QString::fromUtf16(entry.type).toCaseFolded(), color);
                    taken << color;
                    break;
                }
            }
        }
        // "Other" is grey by nature: where the theme's comment colours are too close to
        // its text, page or the other types, a tone halfway between text and page.
        const QString other = QString::fromUtf16(BuiltInEntityType::Other).toCaseFolded();
        if (!colors.contains(other))
            colors.insert(other,
                          QColor::fromRgbF((text.redF() + background.redF()) / 2,
                                           (text.greenF() + background.greenF()) / 2,
                                           (text.blueF() + background.blueF()) / 2));
        return colors;
    }

    Repository m_repository;
    QMimeDatabase m_mimeTypes;
};

} // namespace

std::unique_ptr<SyntaxHighlighting> SyntaxHighlighting::create()
{
    return std::make_unique<KdeHighlighting>();
}

} // namespace annalist
