// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OriginalView.h"

#include "ui/theming/SyntaxHighlighting.h"

#include "ingest/DocumentFormat.h"
#include "ingest/FormatSniffer.h"
#include "ingest/HtmlImporter.h"
#include "ingest/TextDecoder.h"

#include <QFontDatabase>
#include <QLocale>
#include <QMimeDatabase>
#include <QSyntaxHighlighter>
#include <QTextDocument>

namespace annalist {

OriginalView::OriginalView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("originalView"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    document()->setDocumentMargin(12);
    document()->setUndoRedoEnabled(false);
}

OriginalView::~OriginalView() = default;

void OriginalView::setOriginal(const QByteArray &bytes, const QString &fileName, const QString &mediaType)
{
    m_fileName = fileName;
    if (m_fileName.isEmpty() && !mediaType.isEmpty()) {
        // Pasted text and the like have no file name; their media type gives one.
        const QString suffix = QMimeDatabase().mimeTypeForName(mediaType).preferredSuffix();
        if (!suffix.isEmpty())
            m_fileName = QStringLiteral("source.") + suffix;
    }
    const DocumentFormat format = FormatSniffer::detect(bytes, fileName);
    m_isText = format != DocumentFormat::Pdf && format != DocumentFormat::Binary
        && mediaType != QLatin1String("application/pdf");
    if (m_isText) {
        const QByteArray charset = format == DocumentFormat::Html ? HtmlImporter::declaredCharset(bytes) : QByteArray();
        setPlainText(TextDecoder::decode(bytes, charset).text);
    } else {
        setPlainText(
            tr("The original file is not text (%1, %2); the Text tab shows the text taken from it.")
                .arg(mediaType.isEmpty() ? tr("unknown type") : mediaType, QLocale().formattedDataSize(bytes.size())));
    }
    highlight();
}

void OriginalView::clearOriginal()
{
    m_fileName.clear();
    m_isText = false;
    setPlainText({});
    highlight();
}

void OriginalView::setHighlighting(const SyntaxHighlighting *highlighting, const ReaderTheme &theme)
{
    m_highlighting = highlighting;
    m_theme = theme;
    setPalette(theme.palette());
    highlight();
}

void OriginalView::highlight()
{
    m_syntax.clear();
    if (!m_highlighting) {
        qDeleteAll(document()->findChildren<QSyntaxHighlighter *>(QString(), Qt::FindDirectChildrenOnly));
        return;
    }
    // For a note about a file that is not text, no name: plain prose matches no syntax.
    m_syntax = m_highlighting->highlight(document(), m_isText ? m_fileName : QString(), m_theme);
}

} // namespace annalist
