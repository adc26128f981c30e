// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TimeCard.h"
#include "ui/entities/EntityCard.h"

#include <QList>
#include <QPlainTextEdit>
#include <QPointer>

#include <functional>
#include <optional>
#include <utility>

class QAction;
class QVariantAnimation;

namespace annalist {

class MentionHighlighter;
class RangeHighlighter;
class ReaderDocumentLayout;
class TextHighlighter;
struct HighlightSpan;

// The text of a source for reading and annotating. Read-only, in a centred column of
// readable width with room between paragraphs. Highlighters are asked only about the
// blocks on screen, so painting costs the same with 20 or 20,000 mentions; tints are
// drawn under the text, underlines and frames over it.
//
// Keys, with text selected: P, O, L, T and E ask to annotate the selection as a
// Person, Organisation, Place, Title or Other. On a mention: Enter accepts a
// candidate, Delete rejects a candidate or removes a confirmed mention; on a time
// expression, Enter accepts a proposed one and Delete rejects it. N and Shift+N
// go to the next and previous mention, Ctrl+Plus, Ctrl+Minus and Ctrl+0 zoom.
class ReaderView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    // The card for a mention, or nothing to show no card.
    using CardProvider = std::function<std::optional<EntityCard>(qint64 mentionId)>;
    // The card for a time expression, or nothing to show no card.
    using TimeCardProvider = std::function<std::optional<TimeCard>(qint64 timexId)>;

    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    // Shows text so that every offset into it is the same offset in the view.
    void setText(const QString &text);
    // The text as given to setText(), without a copy out of the document.
    const QString &text() const { return m_text; }

    // Not owned; drawn in the order added, each must outlive the view or be removed.
    void addHighlighter(const TextHighlighter *highlighter);
    void removeHighlighter(const TextHighlighter *highlighter);
    // The mentions behind hover cards and the annotation keys; also added as a highlighter.
    void setMentionHighlighter(const MentionHighlighter *mentions);
    const MentionHighlighter *mentionHighlighter() const { return m_mentions; }
    void setCardProvider(CardProvider provider);
    // The time expressions behind their cards and keys (span ids are timex ids, dotted
    // spans proposals); also added as a highlighter.
    void setTimeHighlighter(const RangeHighlighter *times);
    void setTimeCardProvider(TimeCardProvider provider);
    // Shown after the standard copy actions in the context menu; not owned.
    void setContextActions(const QList<QAction *> &actions);
    QList<QAction *> contextActions() const;

    // The characters on screen, [first, last).
    std::pair<int, int> visibleRange() const;
    // The character under a viewport point, or -1 when the point is not over text.
    int characterAt(const QPoint &viewportPoint) const;
    // The shown mention at the cursor (or just before it), or 0.
    qint64 mentionAtCursor() const;
    // The time expression at the cursor (or just before it) where no mention is, or 0.
    qint64 timeAtCursor() const;
    // Scrolls the range into the middle of the view if it is not on screen, and
    // selects it when asked; either way it flashes briefly.
    void revealRange(int start, int end, bool select = true);
    // Scrolls so that the character at position is on screen, without moving the cursor.
    void scrollToPosition(int position);
    void flashRange(int start, int end);

    // Steps of one point from the default size; the last choice is remembered.
    int zoomSteps() const { return m_zoomSteps; }
    void setZoomSteps(int steps);
    static constexpr int minimumZoom = -4;
    static constexpr int maximumZoom = 14;
    // Widest column in average characters.
    static constexpr int readableColumn = 75;

public slots:
    void zoomInText();
    void zoomOutText();
    void resetZoom();
    // Repaints after a highlighter changed.
    void refreshHighlights();

signals:
    void annotateRequested(const QString &typeName);
    void acceptRequested(qint64 mentionId);
    void rejectRequested(qint64 mentionId);
    void removeRequested(qint64 mentionId);
    void acceptTimeRequested(qint64 timexId);
    void rejectTimeRequested(qint64 timexId);
    void zoomChanged(int steps);
    // Focus came in or a mouse button went down: the view is where the analyst works.
    void activated();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct VisibleBlock;

    QList<VisibleBlock> visibleBlocks(const QRect &area) const;
    QList<QRectF> spanRects(const QList<VisibleBlock> &blocks, int start, int end) const;
    void paintUnder(const QList<VisibleBlock> &blocks, const QList<HighlightSpan> &spans);
    void paintOver(const QList<VisibleBlock> &blocks, const QList<HighlightSpan> &spans);
    void applyZoom();
    void updateColumn();
    bool annotationKey(QKeyEvent *event);
    bool isBesideColumn(const QPointF &position) const;
    void showCard(const QPoint &viewportPoint, const QPoint &globalPoint);
    // The time expression's span covering the character at position, if any.
    std::optional<HighlightSpan> timeAt(int position) const;
    // The time expression's span at the cursor (or just before it) where no mention is.
    std::optional<HighlightSpan> timeSpanAtCursor() const;
    bool timeKey(QKeyEvent *event);

    ReaderDocumentLayout *m_layout;
    QString m_text;
    QList<const TextHighlighter *> m_highlighters;
    const MentionHighlighter *m_mentions = nullptr;
    CardProvider m_cardProvider;
    const RangeHighlighter *m_times = nullptr;
    TimeCardProvider m_timeCardProvider;
    QList<QPointer<QAction>> m_contextActions;
    QFont m_baseFont;
    int m_zoomSteps = 0;
    int m_wheelRemainder = 0;
    bool m_updatingColumn = false;
    bool m_forwarding = false;
    QVariantAnimation *m_flash;
    int m_flashStart = 0;
    int m_flashEnd = 0;
};

} // namespace annalist
