// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Runs the poppler-utils programs (pdftotext, pdfinfo, pdffonts, pdftoppm) on PDFs that
// tests write, the way a reader of the report sees them. Header only.

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace annalist::test {

class PopplerTools final
{
public:
    static bool available()
    {
        for (const char *tool : { "pdftotext", "pdfinfo", "pdffonts", "pdftoppm" }) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                return false;
        }
        return true;
    }

    // The program's standard output; empty (with a warning) when it failed.
    static QByteArray run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning("%s %s failed: %s", qPrintable(program), qPrintable(arguments.join(u' ')),
                     process.readAllStandardError().constData());
            return {};
        }
        return process.readAllStandardOutput();
    }

    // The text of the PDF (or of one page) with runs of white space made one space.
    static QString text(const QString &pdf, int page = 0)
    {
        QStringList arguments;
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        arguments << pdf << QStringLiteral("-");
        return QString::fromUtf8(run(QStringLiteral("pdftotext"), arguments)).simplified();
    }

    // "Pages" → "12", "Title" → "…" from pdfinfo.
    static QString info(const QString &pdf, const QString &field)
    {
        const QStringList lines = QString::fromUtf8(run(QStringLiteral("pdfinfo"), { pdf })).split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(field + u':'))
                return line.mid(field.size() + 1).trimmed();
        }
        return {};
    }

    // One row per font: its name and whether it is embedded.
    static QList<std::pair<QString, bool>> fonts(const QString &pdf)
    {
        QList<std::pair<QString, bool>> fonts;
        const QStringList lines = QString::fromUtf8(run(QStringLiteral("pdffonts"), { pdf })).split(u'\n');
        for (qsizetype i = 2; i < lines.size(); ++i) {
            const QStringList columns = lines.at(i).split(u' ', Qt::SkipEmptyParts);
            // name type [type…] encoding emb sub uni object ID
            if (columns.size() < 7)
                continue;
            fonts.append({ columns.first(), columns.at(columns.size() - 5) == QStringLiteral("yes") });
        }
        return fonts;
    }

    // Renders every page to PNG in `folder` at a low resolution; returns the images.
    static QList<QImage> render(const QString &pdf, const QString &folder, int resolution = 20)
    {
        QDir().mkpath(folder);
        run(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QString::number(resolution), QStringLiteral("-png"), pdf,
              QDir(folder).filePath(QStringLiteral("page")) });
        QList<QImage> images;
        const QDir dir(folder);
        for (const QString &name : dir.entryList({ QStringLiteral("page-*.png") }, QDir::Files, QDir::Name))
            images << QImage(dir.filePath(name));
        return images;
    }

    // Whether the image has anything on it but white.
    static bool hasInk(const QImage &image)
    {
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) < 200)
                    return true;
            }
        }
        return false;
    }
};

} // namespace annalist::test
