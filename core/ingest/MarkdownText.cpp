// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MarkdownText.h"

#include <QRegularExpression>
#include <QStringList>

namespace annalist {

QString MarkdownText::toPlainText(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$"));
    static const QRegularExpression setextUnderline(QStringLiteral("^\\s{0,3}(?:=+|-{2,})\\s*$"));
    // Three or more of the same mark: "***", "___", "---", "* * *".
    static const QRegularExpression rule(QStringLiteral("^\\s{0,3}([-*_])(?:\\s*\\1){2,}\\s*$"));
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\([^)]*\\)"));
    static const QRegularExpression referenceLink(QStringLiteral("\\[([^\\]]+)\\]\\[[^\\]]*\\]"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(QStringLiteral("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])"));
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(```|~~~)"));

    QStringList lines = markdown.split(u'\n');
    QStringList out;
    bool inFence = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (fence.match(line).hasMatch()) {
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            out << line;
            continue;
        }
        if (rule.match(line).hasMatch())
            continue;
        // "Title\n=====" headings: drop the underline.
        if (setextUnderline.match(line).hasMatch() && !out.isEmpty() && !out.last().trimmed().isEmpty())
            continue;
        if (const auto match = heading.match(line); match.hasMatch())
            line = match.captured(1);
        line.replace(image, QStringLiteral("\\1"));
        line.replace(link, QStringLiteral("\\1"));
        line.replace(referenceLink, QStringLiteral("\\1"));
        line.replace(strong, QStringLiteral("\\2"));
        line.replace(emphasis, QStringLiteral("\\2"));
        line.replace(code, QStringLiteral("\\1"));
        out << line;
    }
    return out.join(u'\n');
}

} // namespace annalist
