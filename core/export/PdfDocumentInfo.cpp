// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PdfDocumentInfo.h"

#include <QRegularExpression>

namespace annalist {

QByteArray PdfDocumentInfo::textString(const QString &text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray PdfDocumentInfo::date(const QDateTime &moment)
{
    return "(D:" + moment.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

QByteArray PdfDocumentInfo::setInto(const QByteArray &pdf) const
{
    // The last trailer: where the previous cross-reference section is, how many
    // objects there are, and which object is the information dictionary.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailer = pdf.lastIndexOf("trailer");
    if (startxref < 0 || trailer < 0 || trailer > startxref)
        return {};
    const QString tail = QString::fromLatin1(pdf.mid(trailer, pdf.size() - trailer));
    const QRegularExpressionMatch previous = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)")).match(tail);
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(tail);
    const QRegularExpressionMatch root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(tail);
    const QRegularExpressionMatch info
        = QRegularExpression(QStringLiteral("/Info\\s+(\\d+)\\s+(\\d+)\\s+R")).match(tail);
    if (!previous.hasMatch() || !size.hasMatch() || !root.hasMatch())
        return {};

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    // The information dictionary takes the old one's number when there is one.
    const int infoObject = info.hasMatch() ? info.captured(1).toInt() : size.captured(1).toInt();
    const int objectCount = std::max(size.captured(1).toInt(), infoObject + 1);
    const qsizetype infoOffset = out.size();
    out += QByteArray::number(infoObject) + " 0 obj\n<<\n";
    const auto entry = [&out](const char *key, const QString &value) {
        if (!value.isEmpty())
            out += QByteArray("/") + key + ' ' + textString(value) + '\n';
    };
    entry("Title", title);
    entry("Author", author);
    entry("Subject", subject);
    entry("Keywords", keywords);
    entry("Creator", creator);
    entry("Producer", producer);
    if (created.isValid()) {
        out += "/CreationDate " + date(created) + '\n';
        out += "/ModDate " + date(created) + '\n';
    }
    out += ">>\nendobj\n";
    const qsizetype xrefOffset = out.size();
    out += "xref\n" + QByteArray::number(infoObject) + " 1\n";
    out += QByteArray::number(infoOffset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(objectCount) + "\n/Root " + root.captured(1).toLatin1()
        + "\n/Info " + QByteArray::number(infoObject) + " 0 R\n/Prev " + previous.captured(1).toLatin1()
        + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

} // namespace annalist
