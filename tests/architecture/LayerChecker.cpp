// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LayerChecker.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace {

QString kindOf(const QString &layer)
{
    return layer.section(u'/', 0, 0);
}

} // namespace

bool LayerChecker::readDeclaration(const QString &layersText, QString *error)
{
    m_uses.clear();
    const QStringList lines = layersText.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        const QString layer = line.left(colon).trimmed();
        if (colon < 0 || !layer.contains(u'/')) {
            *error = QStringLiteral("not a layer declaration: \"%1\"").arg(line);
            return false;
        }
        QSet<QString> uses;
        const QStringList names = line.mid(colon + 1).split(u' ', Qt::SkipEmptyParts);
        for (const QString &name : names)
            uses.insert(kindOf(layer) + u'/' + name);
        m_uses.insert(layer, uses);
    }
    for (auto it = m_uses.cbegin(); it != m_uses.cend(); ++it) {
        for (const QString &used : it.value()) {
            if (!m_uses.contains(used)) {
                *error = QStringLiteral("%1 uses %2, which is not declared").arg(it.key(), used);
                return false;
            }
            if (reachable(used).contains(it.key())) {
                *error = QStringLiteral("%1 and %2 use each other").arg(it.key(), used);
                return false;
            }
        }
    }
    if (m_uses.isEmpty()) {
        *error = QStringLiteral("no layers declared");
        return false;
    }
    return true;
}

QSet<QString> LayerChecker::reachable(const QString &layer) const
{
    QSet<QString> seen;
    QStringList pending(m_uses.value(layer).cbegin(), m_uses.value(layer).cend());
    while (!pending.isEmpty()) {
        const QString next = pending.takeLast();
        if (seen.contains(next))
            continue;
        seen.insert(next);
        for (const QString &used : m_uses.value(next))
            pending.append(used);
    }
    return seen;
}

QString LayerChecker::layerOfInclude(const QString &include, const QString &includingLayer) const
{
    const QStringList parts = include.split(u'/');
    if (parts.size() < 2)
        return {};
    if (parts.first() == u"ui" && parts.size() >= 3)
        return QStringLiteral("ui/") + parts.at(1);
    const QString coreLayer = QStringLiteral("core/") + parts.first();
    if (m_uses.contains(coreLayer))
        return coreLayer;
    Q_UNUSED(includingLayer)
    return {};
}

QList<LayerChecker::Violation> LayerChecker::checkFile(const QString &sourceRoot, const QString &relativePath,
                                                       const QString &layer) const
{
    QList<Violation> violations;
    QFile file(sourceRoot + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        violations.append({ relativePath, 0, QString(), QStringLiteral("cannot be read") });
        return violations;
    }
    static const QRegularExpression includeLine(QStringLiteral(R"re(^\s*#\s*include\s*"([^"]+)")re"));
    const QSet<QString> allowed = reachable(layer);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = includeLine.match(lines.at(i));
        if (!match.hasMatch())
            continue;
        const QString include = match.captured(1);
        const int lineNumber = int(i + 1);
        if (include.contains(QStringLiteral(".."))) {
            violations.append({ relativePath, lineNumber, include, QStringLiteral("climbs out of its folder") });
            continue;
        }
        const QString target = layerOfInclude(include, layer);
        if (target.isEmpty() || target == layer)
            continue;
        if (kindOf(layer) == u"ui" && kindOf(target) == u"core")
            continue; // the interface sits above every core layer
        if (kindOf(layer) == u"core" && kindOf(target) == u"ui") {
            violations.append(
                { relativePath, lineNumber, include, QStringLiteral("core may not include the interface") });
            continue;
        }
        if (!m_uses.contains(target)) {
            violations.append({ relativePath, lineNumber, include, QStringLiteral("%1 is not declared").arg(target) });
            continue;
        }
        if (!allowed.contains(target)) {
            violations.append(
                { relativePath, lineNumber, include, QStringLiteral("%1 may not include %2").arg(layer, target) });
        }
    }
    return violations;
}

QList<LayerChecker::Violation> LayerChecker::check(const QString &sourceRoot) const
{
    QStringList files;
    for (const QString &kind : { QStringLiteral("core"), QStringLiteral("ui") }) {
        QDirIterator it(sourceRoot + u'/' + kind, { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next().mid(sourceRoot.size() + 1));
    }
    std::sort(files.begin(), files.end());

    QList<Violation> violations;
    for (const QString &relativePath : std::as_const(files)) {
        const QStringList parts = relativePath.split(u'/');
        const QString layer = parts.size() >= 3 ? parts.at(0) + u'/' + parts.at(1) : QString();
        if (parts.size() == 2) {
            violations.append({ relativePath, 0, QString(), QStringLiteral("lies outside every layer") });
            continue;
        }
        if (!m_uses.contains(layer)) {
            violations.append({ relativePath, 0, QString(), QStringLiteral("%1 is not a declared layer").arg(layer) });
            continue;
        }
        violations.append(checkFile(sourceRoot, relativePath, layer));
    }
    return violations;
}
