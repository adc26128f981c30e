// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReaderView.h"
#include "ui/settings/Settings.h"

#include "MentionHighlighter.h"
#include "RangeHighlighter.h"
#include "ReaderDocumentLayout.h"
#include "TextHighlighter.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <QVariantAnimation>

#include <algorithm>

namespace annalist {

namespace {

// Room left of the text for the margin bars of compared passages.
constexpr qreal documentMargin = 18;
// Space between paragraphs, in lines.
constexpr qreal paragraphSpacingInLines = 0.7;
// Larger than the interface font: the reader is for long reading.
constexpr qreal readingScale = 1.15;

QString annotationType(int key)
{
    switch (key) {
    case Qt::Key_P:
        return QString::fromUtf16(BuiltInEntityType::Person);
    case Qt::Key_O:
        return QString::fromUtf16(BuiltInEntityType::Organisation);
    case Qt::Key_L:
        return QString::fromUtf16(BuiltInEntityType::Place);
    case Qt::Key_T:
        return QString::fromUtf16(BuiltInEntityType::Title);
    case Qt::Key_E:
        return QString::fromUtf16(BuiltInEntityType::Other);
    default:
        return {};
    }
}

bool isPlain(const QKeyEvent *event)
{
    return (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

} // namespace

struct ReaderView::VisibleBlock
{
    QTextBlock block;
    QPointF origin; // top left of the block in viewport coordinates
};

ReaderView::ReaderView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_flash(new QVariantAnimation(this))
{
    auto *document = new QTextDocument(this);
    m_layout = new ReaderDocumentLayout(document);
    document->setDocumentLayout(m_layout);
    document->setDocumentMargin(documentMargin);
    document->setUndoRedoEnabled(false);
    setDocument(document);

    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setCenterOnScroll(false);
    // The margins around the centred column are part of the page.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    viewport()->setMouseTracking(true);

    m_baseFont = font();
    m_baseFont.setPointSizeF(m_baseFont.pointSizeF() * readingScale);
    m_zoomSteps = std::clamp(Settings::value(SettingKeys::readerZoomSteps()), minimumZoom, maximumZoom);
    applyZoom();

    m_flash->setStartValue(1.0);
    m_flash->setEndValue(0.0);
    m_flash->setDuration(1400);
    m_flash->setEasingCurve(QEasingCurve::InQuad);
    connect(m_flash, &QVariantAnimation::valueChanged, viewport(), qOverload<>(&QWidget::update));
}

ReaderView::~ReaderView() = default;

void ReaderView::setText(const QString &text)
{
    // The document turns "\r\n" into one paragraph break; a space keeps the offsets.
    QString shown = text;
    for (qsizetype i = shown.indexOf(u'\r'); i >= 0; i = shown.indexOf(u'\r', i + 1)) {
        if (i + 1 < shown.size() && shown.at(i + 1) == u'\n')
            shown[i] = u' ';
    }
    m_flash->stop();
    m_flashStart = m_flashEnd = 0;
    m_text = text;
    setPlainText(shown);
    // A new text starts at its first line (setPlainText can leave the view one line down).
    verticalScrollBar()->setValue(0);
}

void ReaderView::addHighlighter(const TextHighlighter *highlighter)
{
    if (highlighter && !m_highlighters.contains(highlighter)) {
        m_highlighters.append(highlighter);
        viewport()->update();
    }
}

void ReaderView::removeHighlighter(const TextHighlighter *highlighter)
{
    if (m_highlighters.removeAll(highlighter) > 0)
        viewport()->update();
    if (highlighter == m_mentions)
        m_mentions = nullptr;
}

void ReaderView::setMentionHighlighter(const MentionHighlighter *mentions)
{
    if (m_mentions)
        removeHighlighter(m_mentions);
    m_mentions = mentions;
    // Mentions go first: search hits and compared passages are drawn over them.
    if (mentions && !m_highlighters.contains(mentions))
        m_highlighters.prepend(mentions);
    viewport()->update();
}

void ReaderView::setCardProvider(CardProvider provider)
{
    m_cardProvider = std::move(provider);
}

void ReaderView::setTimeHighlighter(const RangeHighlighter *times)
{
    if (m_times)
        removeHighlighter(m_times);
    m_times = times;
    if (times)
        addHighlighter(times);
}

void ReaderView::setTimeCardProvider(TimeCardProvider provider)
{
    m_timeCardProvider = std::move(provider);
}

void ReaderView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions.clear();
    for (QAction *action : actions)
        m_contextActions.append(action);
}

QList<QAction *> ReaderView::contextActions() const
{
    QList<QAction *> actions;
    for (const QPointer<QAction> &action : m_contextActions) {
        if (action)
            actions.append(action);
    }
    return actions;
}

void ReaderView::refreshHighlights()
{
    viewport()->update();
}

QList<ReaderView::VisibleBlock> ReaderView::visibleBlocks(const QRect &area) const
{
    QList<VisibleBlock> blocks;
    QPointF offset = contentOffset();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF rect = blockBoundingRect(block).translated(offset);
        if (rect.top() > area.bottom())
            break;
        if (block.isVisible() && rect.bottom() >= area.top())
            blocks.append({ block, rect.topLeft() });
        offset.ry() += rect.height();
    }
    return blocks;
}

QList<QRectF> ReaderView::spanRects(const QList<VisibleBlock> &blocks, int start, int end) const
{
    QList<QRectF> rects;
    // The first block that ends after start.
    auto it = std::partition_point(blocks.cbegin(), blocks.cend(), [start](const VisibleBlock &visible) {
        return visible.block.position() + visible.block.length() <= start;
    });
    for (; it != blocks.cend() && it->block.position() < end; ++it) {
        const QTextLayout *layout = it->block.layout();
        const int blockStart = it->block.position();
        const int from = std::max(start - blockStart, 0);
        const int to = std::min(end - blockStart, it->block.length() - 1);
        if (from >= to)
            continue;
        const QPointF origin = it->origin + layout->position();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = line.textStart();
            const int lineEnd = lineStart + line.textLength();
            const int a = std::max(from, lineStart);
            const int b = std::min(to, lineEnd);
            if (a >= b)
                continue;
            qreal left = line.cursorToX(a);
            qreal right = line.cursorToX(b);
            if (right < left)
                std::swap(left, right);
            rects.append(QRectF(origin.x() + left, origin.y() + line.y(), right - left, line.height()));
        }
    }
    return rects;
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    const QList<VisibleBlock> blocks = visibleBlocks(event->rect());
    QList<HighlightSpan> spans;
    if (!blocks.isEmpty()) {
        const int from = blocks.first().block.position();
        const int to = blocks.last().block.position() + blocks.last().block.length();
        for (const TextHighlighter *highlighter : std::as_const(m_highlighters))
            spans += highlighter->spans(from, to);
        paintUnder(blocks, spans);
    }
    QPlainTextEdit::paintEvent(event);
    if (!spans.isEmpty())
        paintOver(blocks, spans);
}

void ReaderView::paintUnder(const QList<VisibleBlock> &blocks, const QList<HighlightSpan> &spans)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    // Washes first, so that mention tints stay clear on top of them.
    for (const HighlightSpan &span : spans) {
        if (span.style != HighlightSpan::Margin)
            continue;
        QColor wash = span.color;
        wash.setAlphaF(0.13f * wash.alphaF());
        for (const QRectF &rect : spanRects(blocks, span.start, span.end))
            painter.fillRect(rect, wash);
    }
    for (const HighlightSpan &span : spans) {
        if (span.style != HighlightSpan::Solid)
            continue;
        painter.setBrush(span.color);
        for (const QRectF &rect : spanRects(blocks, span.start, span.end))
            painter.drawRoundedRect(rect.adjusted(-1.5, 0.5, 1.5, -0.5), 3, 3);
    }
    if (m_flash->state() == QAbstractAnimation::Running && m_flashEnd > m_flashStart) {
        QColor flash = palette().color(QPalette::Highlight);
        flash.setAlphaF(0.55f * m_flash->currentValue().toFloat());
        painter.setBrush(flash);
        for (const QRectF &rect : spanRects(blocks, m_flashStart, m_flashEnd))
            painter.drawRoundedRect(rect.adjusted(-2, 0, 2, 0), 3, 3);
    }
}

void ReaderView::paintOver(const QList<VisibleBlock> &blocks, const QList<HighlightSpan> &spans)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(font());
    // Round dots about a tenth of the text height, far enough below the baseline to
    // clear descenders' worst.
    const qreal dot = std::max<qreal>(2.0, metrics.height() / 8.0);
    for (const HighlightSpan &span : spans) {
        switch (span.style) {
        case HighlightSpan::Solid:
            break;
        case HighlightSpan::Dotted: {
            QPen pen(span.color, dot, Qt::CustomDashLine, Qt::RoundCap);
            pen.setDashPattern({ 0.01, 1.9 });
            painter.setPen(pen);
            for (const QRectF &rect : spanRects(blocks, span.start, span.end)) {
                const qreal y = rect.bottom() - dot;
                painter.drawLine(QPointF(rect.left() + dot / 2, y), QPointF(rect.right() - dot / 2, y));
            }
            break;
        }
        case HighlightSpan::Outline:
            painter.setPen(QPen(span.color, 1.5));
            painter.setBrush(Qt::NoBrush);
            for (const QRectF &rect : spanRects(blocks, span.start, span.end))
                painter.drawRoundedRect(rect.adjusted(-1.5, 0.75, 1.5, -0.75), 3, 3);
            break;
        case HighlightSpan::Margin:
            painter.setPen(Qt::NoPen);
            painter.setBrush(span.color);
            for (const QRectF &rect : spanRects(blocks, span.start, span.end))
                painter.drawRect(QRectF(contentOffset().x() + 5, rect.top(), 4, rect.height()));
            break;
        }
    }
}

std::pair<int, int> ReaderView::visibleRange() const
{
    const QList<VisibleBlock> blocks = visibleBlocks(viewport()->rect());
    if (blocks.isEmpty())
        return { 0, 0 };
    return { blocks.first().block.position(), blocks.last().block.position() + blocks.last().block.length() - 1 };
}

int ReaderView::characterAt(const QPoint &viewportPoint) const
{
    const QTextBlock block = cursorForPosition(viewportPoint).block();
    if (!block.isValid())
        return -1;
    const QRectF geometry = blockBoundingGeometry(block).translated(contentOffset());
    const QTextLayout *layout = block.layout();
    const QPointF point = QPointF(viewportPoint) - geometry.topLeft() - layout->position();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (point.y() < line.y() || point.y() >= line.y() + line.height())
            continue;
        if (point.x() < line.x() || point.x() >= line.x() + line.naturalTextWidth())
            return -1;
        const int offset = line.xToCursor(point.x(), QTextLine::CursorOnCharacter);
        return offset < block.length() - 1 ? block.position() + offset : -1;
    }
    return -1;
}

qint64 ReaderView::mentionAtCursor() const
{
    if (!m_mentions)
        return 0;
    const QTextCursor cursor = textCursor();
    const int position = cursor.selectionStart();
    if (const qint64 id = m_mentions->mentionAt(position))
        return id;
    return position > 0 && !cursor.hasSelection() ? m_mentions->mentionAt(position - 1) : 0;
}

std::optional<HighlightSpan> ReaderView::timeAt(int position) const
{
    if (!m_times || position < 0)
        return std::nullopt;
    const QList<HighlightSpan> spans = m_times->spansAt(position);
    if (spans.isEmpty())
        return std::nullopt;
    return spans.first();
}

std::optional<HighlightSpan> ReaderView::timeSpanAtCursor() const
{
    if (mentionAtCursor() != 0)
        return std::nullopt;
    const QTextCursor cursor = textCursor();
    const int position = cursor.selectionStart();
    std::optional<HighlightSpan> span = timeAt(position);
    if (!span && position > 0 && !cursor.hasSelection())
        span = timeAt(position - 1);
    return span;
}

qint64 ReaderView::timeAtCursor() const
{
    const std::optional<HighlightSpan> span = timeSpanAtCursor();
    return span ? span->id : 0;
}

bool ReaderView::timeKey(QKeyEvent *event)
{
    if (!isPlain(event))
        return false;
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const bool remove = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
    if (!enter && !remove)
        return false;
    const std::optional<HighlightSpan> span = timeSpanAtCursor();
    if (!span)
        return false;
    if (remove)
        emit rejectTimeRequested(span->id);
    else if (span->style == HighlightSpan::Dotted) // only a proposal has anything to accept
        emit acceptTimeRequested(span->id);
    return true;
}

void ReaderView::scrollToPosition(int position)
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return;
    QTextCursor probe(document());
    probe.setPosition(position);
    const QRect caret = cursorRect(probe);
    const QRect area = viewport()->rect();
    if (caret.top() >= area.top() && caret.bottom() <= area.bottom())
        return;
    // The scroll bar counts lines: put the line in the middle of the page.
    const QTextLine line = block.layout()->lineForTextPosition(position - block.position());
    const int lineNumber = block.firstLineNumber() + (line.isValid() ? line.lineNumber() : 0);
    verticalScrollBar()->setValue(std::max(0, lineNumber - verticalScrollBar()->pageStep() / 2));
}

void ReaderView::revealRange(int start, int end, bool select)
{
    const int length = int(document()->characterCount()) - 1;
    start = std::clamp(start, 0, length);
    end = std::clamp(end, start, length);
    if (select) {
        QTextCursor cursor(document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        setTextCursor(cursor);
        // The view lays out a new text lazily; centring the cursor lays out what it needs,
        // where counting lines of blocks not laid out yet would land in the wrong place.
        centerCursor();
    } else {
        scrollToPosition(start);
    }
    flashRange(start, end);
}

void ReaderView::flashRange(int start, int end)
{
    m_flashStart = start;
    m_flashEnd = end;
    m_flash->stop();
    if (end > start)
        m_flash->start();
    viewport()->update();
}

void ReaderView::setZoomSteps(int steps)
{
    steps = std::clamp(steps, minimumZoom, maximumZoom);
    if (steps == m_zoomSteps)
        return;
    m_zoomSteps = steps;
    Settings::setValue(SettingKeys::readerZoomSteps(), steps);
    applyZoom();
    emit zoomChanged(steps);
}

void ReaderView::zoomInText()
{
    setZoomSteps(m_zoomSteps + 1);
}

void ReaderView::zoomOutText()
{
    setZoomSteps(m_zoomSteps - 1);
}

void ReaderView::resetZoom()
{
    setZoomSteps(0);
}

void ReaderView::applyZoom()
{
    // Keep the line at the top of the view where it is while the text reflows.
    const int top = firstVisibleBlock().position();
    QFont zoomed = m_baseFont;
    zoomed.setPointSizeF(std::max<qreal>(5, m_baseFont.pointSizeF() + m_zoomSteps));
    m_layout->setParagraphSpacing(std::round(QFontMetricsF(zoomed).lineSpacing() * paragraphSpacingInLines));
    setFont(zoomed);
    updateColumn();
    if (top > 0) {
        const QTextBlock block = document()->findBlock(top);
        verticalScrollBar()->setValue(block.firstLineNumber());
    }
}

void ReaderView::updateColumn()
{
    if (m_updatingColumn)
        return;
    const QScopedValueRollback guard(m_updatingColumn, true);
    const QFontMetricsF metrics(font());
    // The width of ordinary prose, which the font's average width misjudges.
    const QString sample = QStringLiteral("The quick brown fox jumps over the lazy dog, then rests a while. ");
    const qreal characterWidth = metrics.horizontalAdvance(sample) / qreal(sample.size());
    const qreal column = characterWidth * readableColumn + 2 * document()->documentMargin();
    const int available = contentsRect().width() - verticalScrollBar()->sizeHint().width();
    const int side = std::max(0, int((available - column) / 2));
    const QMargins margins(side, 0, side, 0);
    if (viewportMargins() == margins)
        return;
    setViewportMargins(margins);
    // The view lays its text out again when it is resized itself, not always when its
    // viewport is (never while hidden): tell it.
    QResizeEvent relayout(viewport()->size(), QSize(-1, -1));
    QPlainTextEdit::resizeEvent(&relayout);
}

bool ReaderView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // Our keys win over window shortcuts while the reader has the focus.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool annotate = isPlain(key) && textCursor().hasSelection() && !annotationType(key->key()).isEmpty();
        const bool onMention = isPlain(key)
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Delete
                || key->key() == Qt::Key_Backspace)
            && (mentionAtCursor() != 0 || timeAtCursor() != 0);
        const bool control = (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
        const bool zoom = key->matches(QKeySequence::ZoomIn) || key->matches(QKeySequence::ZoomOut)
            || (control && (key->key() == Qt::Key_0 || key->key() == Qt::Key_Equal));
        if (annotate || onMention || zoom) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::Wheel: {
        // Over the margins beside the column, which are not part of the viewport.
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (isBesideColumn(wheel->position())) {
            wheelEvent(wheel);
            return true;
        }
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove: {
        // Pressing beside the column acts on the nearest text, as in an editor. Events
        // the viewport passed up unhandled are inside it and go on up.
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_forwarding || !isBesideColumn(mouse->position()))
            break;
        const QRect area = viewport()->geometry();
        const QPointF local = mouse->position() - QPointF(area.topLeft());
        const QPointF clamped(std::clamp<qreal>(local.x(), 0, area.width() - 1), local.y());
        QMouseEvent forwarded(mouse->type(), clamped, mouse->scenePosition(), mouse->globalPosition(), mouse->button(),
                              mouse->buttons(), mouse->modifiers(), mouse->pointingDevice());
        const QScopedValueRollback guard(m_forwarding, true);
        QCoreApplication::sendEvent(viewport(), &forwarded);
        return true;
    }
    default:
        break;
    }
    return QPlainTextEdit::event(event);
}

bool ReaderView::isBesideColumn(const QPointF &position) const
{
    const QRect area = viewport()->geometry();
    const QMargins margins = viewportMargins();
    if (position.y() < area.top() || position.y() > area.bottom())
        return false;
    return (position.x() >= area.left() - margins.left() && position.x() < area.left())
        || (position.x() > area.right() && position.x() <= area.right() + margins.right());
}

bool ReaderView::annotationKey(QKeyEvent *event)
{
    if (!isPlain(event) || !textCursor().hasSelection())
        return false;
    const QString type = annotationType(event->key());
    if (type.isEmpty())
        return false;
    emit annotateRequested(type);
    return true;
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (event->matches(QKeySequence::ZoomIn) || (modifiers == Qt::ControlModifier && event->key() == Qt::Key_Equal)) {
        zoomInText();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOutText();
        return;
    }
    if (modifiers == Qt::ControlModifier && event->key() == Qt::Key_0) {
        resetZoom();
        return;
    }
    if (annotationKey(event))
        return;

    if (isPlain(event) && m_mentions) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (const qint64 id = mentionAtCursor()) {
                const MentionHighlighter::Entry *entry = m_mentions->entry(id);
                if (entry && entry->status == Mention::Status::Candidate)
                    emit acceptRequested(id);
                return;
            }
            break;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            if (const qint64 id = mentionAtCursor()) {
                const MentionHighlighter::Entry *entry = m_mentions->entry(id);
                if (entry && entry->status == Mention::Status::Confirmed)
                    emit removeRequested(id);
                else if (entry)
                    emit rejectRequested(id);
                return;
            }
            break;
        default:
            break;
        }
    }
    if (timeKey(event))
        return;
    if (m_mentions && event->key() == Qt::Key_N && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) {
        const bool forward = modifiers == Qt::NoModifier;
        const int from = textCursor().selectionStart();
        if (const MentionHighlighter::Entry *entry = m_mentions->entry(m_mentions->nextMention(from, forward)))
            revealRange(entry->start, entry->end);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ReaderView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        m_wheelRemainder += event->angleDelta().y();
        const int steps = m_wheelRemainder / QWheelEvent::DefaultDeltasPerStep;
        m_wheelRemainder -= steps * QWheelEvent::DefaultDeltasPerStep;
        if (steps != 0)
            setZoomSteps(m_zoomSteps + steps);
        event->accept();
        return;
    }
    QPlainTextEdit::wheelEvent(event);
}

void ReaderView::mousePressEvent(QMouseEvent *event)
{
    emit activated();
    QPlainTextEdit::mousePressEvent(event);
}

void ReaderView::focusInEvent(QFocusEvent *event)
{
    emit activated();
    QPlainTextEdit::focusInEvent(event);
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    // Owner actions act at the cursor: move it to the click unless the click is in
    // the selection the analyst is about to use.
    if (event->reason() == QContextMenuEvent::Mouse) {
        const int position = cursorForPosition(event->pos()).position();
        QTextCursor cursor = textCursor();
        if (!cursor.hasSelection() || position < cursor.selectionStart() || position > cursor.selectionEnd()) {
            cursor.setPosition(position);
            setTextCursor(cursor);
        }
    }
    QMenu *menu = createStandardContextMenu(event->pos());
    const QList<QAction *> actions = contextActions();
    if (!actions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(actions);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void ReaderView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateColumn();
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateColumn();
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        showCard(help->pos(), help->globalPos());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ReaderView::showCard(const QPoint &viewportPoint, const QPoint &globalPoint)
{
    const int character = characterAt(viewportPoint);
    const qint64 id = character >= 0 && m_mentions ? m_mentions->mentionAt(character) : 0;
    const MentionHighlighter::Entry *entry = id ? m_mentions->entry(id) : nullptr;
    const std::optional<EntityCard> card = entry && m_cardProvider ? m_cardProvider(id) : std::nullopt;
    QString html;
    int start = 0;
    int end = 0;
    if (card) {
        html = card->toHtml();
        start = entry->start;
        end = entry->end;
    } else if (const std::optional<HighlightSpan> time = entry ? std::nullopt : timeAt(character)) {
        if (const std::optional<TimeCard> timeCard = m_timeCardProvider ? m_timeCardProvider(time->id) : std::nullopt) {
            html = timeCard->toHtml();
            start = time->start;
            end = time->end;
        }
    }
    if (html.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // The card stays while the pointer is on the same stretch of the mention or time.
    QRect area;
    for (const QRectF &rect : spanRects(visibleBlocks(viewport()->rect()), start, end)) {
        if (rect.contains(viewportPoint))
            area = rect.toAlignedRect();
    }
    QToolTip::showText(globalPoint, html, viewport(), area);
}

} // namespace annalist
