// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FindBar.h"

#include "ReaderView.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextCursor>
#include <QToolButton>

#include <algorithm>

namespace annalist {

namespace {

// Enough for any real query; a one-letter search of a huge source stops here.
constexpr int maximumHits = 100000;

QToolButton *toolButton(QWidget *parent, const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

FindBar::FindBar(ReaderView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_caseButton(toolButton(this, tr("Aa"), tr("Match case")))
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setPlaceholderText(tr("Find in source"));
    m_edit->setAccessibleName(tr("Find in source"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("No matches")) + 8);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_caseButton->setCheckable(true);

    QToolButton *previous = toolButton(this, QStringLiteral("▲"), tr("Previous match (Shift+Enter)"));
    QToolButton *next = toolButton(this, QStringLiteral("▼"), tr("Next match (Enter)"));
    QToolButton *close = toolButton(this, QStringLiteral("✕"), tr("Close (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->setSpacing(4);
    // A query is a few words: the field need not span a wide pane.
    m_edit->setMaximumWidth(m_edit->fontMetrics().averageCharWidth() * 40);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_caseButton);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addStretch();
    layout->addWidget(close);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_caseButton, &QToolButton::toggled, this, &FindBar::search);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &FindBar::dismiss);

    if (m_view)
        m_view->addHighlighter(&m_hits);
    hide();
}

FindBar::~FindBar()
{
    if (m_view)
        m_view->removeHighlighter(&m_hits);
}

void FindBar::open()
{
    if (m_view) {
        const QString selected = m_view->textCursor().selectedText();
        // Short selections only: a paragraph is not a query.
        if (!selected.isEmpty() && selected.size() <= 100 && !selected.contains(QChar::ParagraphSeparator))
            m_edit->setText(selected);
    }
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    if (m_hits.isEmpty())
        search();
}

void FindBar::dismiss()
{
    hide();
    m_hits.clear();
    m_current = -1;
    updateStatus();
    if (m_view) {
        m_view->refreshHighlights();
        m_view->setFocus(Qt::OtherFocusReason);
    }
}

QString FindBar::query() const
{
    return m_edit->text();
}

void FindBar::setQuery(const QString &query)
{
    if (query == m_edit->text())
        search();
    else
        m_edit->setText(query);
}

void FindBar::setCaseSensitive(bool sensitive)
{
    m_caseButton->setChecked(sensitive);
}

bool FindBar::isCaseSensitive() const
{
    return m_caseButton->isChecked();
}

void FindBar::refresh()
{
    if (isVisible())
        search();
    else
        m_hits.clear();
}

void FindBar::search()
{
    m_hits.clear();
    m_current = -1;
    const QString needle = m_edit->text();
    if (m_view && !needle.isEmpty()) {
        const QString &text = m_view->text();
        const Qt::CaseSensitivity sensitivity = isCaseSensitive() ? Qt::CaseSensitive : Qt::CaseInsensitive;
        const QColor color = palette().color(QPalette::Highlight);
        QList<HighlightSpan> spans;
        for (qsizetype at = text.indexOf(needle, 0, sensitivity); at >= 0 && spans.size() < maximumHits;
             at = text.indexOf(needle, at + needle.size(), sensitivity)) {
            spans.append({ int(at), int(at + needle.size()), color, HighlightSpan::Outline, spans.size() });
        }
        m_hits.setSpans(std::move(spans));
    }
    if (!m_hits.isEmpty()) {
        // The first hit from where the analyst is reading.
        const int from = m_view->textCursor().selectionStart();
        const QList<HighlightSpan> &all = m_hits.allSpans();
        const auto it = std::lower_bound(all.cbegin(), all.cend(), from,
                                         [](const HighlightSpan &span, int position) { return span.start < position; });
        showHit(it == all.cend() ? 0 : int(it - all.cbegin()));
    } else {
        updateStatus();
        if (m_view)
            m_view->refreshHighlights();
    }
    emit hitsChanged(hitCount());
}

void FindBar::findNext()
{
    if (!m_hits.isEmpty())
        showHit((m_current + 1) % hitCount());
}

void FindBar::findPrevious()
{
    if (!m_hits.isEmpty())
        showHit((m_current - 1 + hitCount()) % hitCount());
}

void FindBar::showHit(int index)
{
    m_current = index;
    const HighlightSpan &hit = m_hits.allSpans().at(index);
    if (m_view)
        m_view->revealRange(hit.start, hit.end);
    updateStatus();
}

QString FindBar::statusText() const
{
    if (m_edit->text().isEmpty())
        return {};
    if (m_hits.isEmpty())
        return tr("No matches");
    return tr("%1 of %2").arg(m_current + 1).arg(hitCount());
}

void FindBar::updateStatus()
{
    m_status->setText(statusText());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        case Qt::Key_Escape:
            dismiss();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace annalist
