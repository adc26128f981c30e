// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPlainTextDocumentLayout>

namespace annalist {

// The plain-text layout with room between paragraphs. QPlainTextDocumentLayout
// ignores block margins, but every view and hit test asks it for block geometry, so
// the space is added there: below a paragraph followed by another, and blank lines
// shrink to the same space, so text with and without blank lines reads alike.
class ReaderDocumentLayout final : public QPlainTextDocumentLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderDocumentLayout)

public:
    explicit ReaderDocumentLayout(QTextDocument *document);

    void setParagraphSpacing(qreal spacing);
    qreal paragraphSpacing() const { return m_spacing; }

    QRectF blockBoundingRect(const QTextBlock &block) const override;

private:
    qreal m_spacing = 0;
};

} // namespace annalist
