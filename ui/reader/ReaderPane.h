// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "MentionHighlighter.h"
#include "RangeHighlighter.h"
#include "TimeCard.h"
#include "ui/entities/EntityCard.h"

#include "model/Entity.h"
#include "model/TimeValue.h"
#include "model/Timex.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QAction;
class QTimer;
class QToolButton;

namespace annalist {

class ColorThemes;
class ElidedLabel;
class FindBar;
class MentionSpanReader;
class Project;
class ReaderView;
class SourceTabs;
struct Source;

// One source for reading: a header with its title, outlet, date and grade above the
// text with its mentions highlighted, and a find bar. Ctrl+F finds, F3 and Shift+F3
// step through the hits.
class ReaderPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderPane)

public:
    ReaderPane(Project &project, QWidget *parent = nullptr);
    ~ReaderPane() override;

    // Shows the source with its mentions; false (and the pane unchanged) when the
    // project cannot read it.
    bool showSource(qint64 sourceId);
    // Shows no source.
    void clear();
    // 0 when no source is shown.
    qint64 sourceId() const { return m_sourceId; }
    QString title() const;
    // The body of the source shown.
    const QString &text() const;

    // Scrolls to the passage, selects it and makes it flash.
    void revealRange(int start, int length);
    // The selected characters [start, end) as SpanSnapper makes them: whole words,
    // without the spaces, punctuation and possessive "'s" around them; an empty range
    // at the cursor when nothing is selected (or only punctuation is).
    std::pair<int, int> selection() const;
    // The mention at the cursor, or 0.
    qint64 mentionAtCursor() const;
    // The time expression at the cursor where no mention is, or 0.
    qint64 timeAtCursor() const;
    // The words of a time expression shown in this pane; empty if it is not shown.
    QString timeQuote(qint64 timexId) const;
    // What the pointer resting on a time expression shows; nothing if it is not shown.
    std::optional<TimeCard> timeCard(qint64 timexId) const;

    // Reads the title, outlet, date and grade again (after the analyst changed them).
    void reloadHeader();
    // Reads the source's mentions again and repaints; cheap enough for every edit. In a
    // source with thousands of mentions only those on screen are read at once, and
    // all of them once the edits pause.
    void reloadMentions();
    // Reads all the source's mentions now.
    void reloadAllMentions();
    // Whether a full read of the mentions is still to come.
    bool isReloadPending() const;
    // Reads entity types and entities again (names, colours, types), then the mentions.
    void reloadEntities();
    void setTypeVisible(const QString &typeName, bool visible);
    bool isTypeVisible(const QString &typeName) const;

    // Marks for compare mode: passages that have a close match in another pane.
    void setComparedPassages(const QList<HighlightSpan> &spans);
    const RangeHighlighter &comparedPassages() const { return m_compared; }
    // A swatch in the header that ties the pane to its marks in the other panes;
    // hidden for an invalid colour.
    void setCompareColor(const QColor &color);

    // Whether this is the pane the analyst works in; shown as an accent in the header.
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }

    void setContextActions(const QList<QAction *> &actions);
    // The colours of the text and the original file follow the themes; not owned.
    void setColorThemes(ColorThemes *themes);

    ReaderView *view() const { return m_view; }
    // The Text and Original tabs around the view.
    SourceTabs *tabs() const { return m_tabs; }
    FindBar *findBar() const { return m_findBar; }
    const MentionHighlighter &mentions() const { return m_mentions; }
    ElidedLabel *titleLabel() const { return m_title; }
    ElidedLabel *detailsLabel() const { return m_details; }

signals:
    void activated(ReaderPane *pane);
    void annotateRequested(const QString &typeName);
    void acceptRequested(qint64 mentionId);
    void rejectRequested(qint64 mentionId);
    void removeRequested(qint64 mentionId);
    void acceptTimeRequested(qint64 timexId);
    void rejectTimeRequested(qint64 timexId);
    void closeRequested();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reloadTimes();
    void createActions();
    void showHeader(const Source &source);
    void loadEntities();
    // Reads the entities again if a mention refers to one not known yet.
    void ensureEntitiesOf(const QList<Mention> &mentions);
    std::optional<EntityCard> card(qint64 mentionId) const;
    void updateBaseColor();
    void updateAccent();

    Project &m_project;
    std::unique_ptr<MentionSpanReader> m_spans;
    QTimer *m_fullReload;
    qint64 m_sourceId = 0;
    bool m_current = false;
    QWidget *m_accent;
    QWidget *m_swatch;
    ElidedLabel *m_title;
    ElidedLabel *m_details;
    QToolButton *m_closeButton;
    ReaderView *m_view;
    SourceTabs *m_tabs;
    FindBar *m_findBar;
    MentionHighlighter m_mentions;
    RangeHighlighter m_compared;
    // The time expressions found in the source.
    RangeHighlighter m_times;
    // Those of them shown (not rejected), by id, for their cards.
    QHash<qint64, Timex> m_timexes;
    // The source's date, which relative times are read against.
    TimeValue m_published;
    QList<EntityType> m_types;
    QHash<qint64, Entity> m_entities;
    QHash<qint64, qint64> m_entityTypes;
    bool m_entitiesLoaded = false;
};

} // namespace annalist
