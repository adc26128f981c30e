// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReaderDocumentLayout.h"

#include <QTextBlock>
#include <QTextDocument>

namespace annalist {

ReaderDocumentLayout::ReaderDocumentLayout(QTextDocument *document)
    : QPlainTextDocumentLayout(document)
{ }

void ReaderDocumentLayout::setParagraphSpacing(qreal spacing)
{
    if (qFuzzyCompare(spacing, m_spacing))
        return;
    m_spacing = spacing;
    emit documentSizeChanged(documentSize());
    requestUpdate();
}

QRectF ReaderDocumentLayout::blockBoundingRect(const QTextBlock &block) const
{
    QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block);
    if (rect.isNull() || m_spacing <= 0)
        return rect;
    const QTextBlock next = block.next();
    // A block's length counts its separator, so 1 means no text.
    if (block.length() <= 1) {
        const qreal bottomMargin = next.isValid() ? 0 : document()->documentMargin();
        rect.setHeight(qMin(rect.height(), m_spacing + bottomMargin));
    } else if (next.isValid() && next.length() > 1) {
        rect.setHeight(rect.height() + m_spacing);
    }
    return rect;
}

} // namespace annalist
