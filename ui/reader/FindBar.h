// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RangeHighlighter.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace annalist {

class ReaderView;

// Find in the text of a reader: every hit framed in the view, Enter and Shift+Enter
// step through them, Escape closes; "3 of 12" says where you are.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(ReaderView *view, QWidget *parent = nullptr);
    ~FindBar() override;

    // Shows the bar with the focus in it; a short selection in the view becomes the query.
    void open();
    // Hides the bar, takes its marks off the text and gives the focus back to the view.
    void dismiss();

    QString query() const;
    void setQuery(const QString &query);
    void setCaseSensitive(bool sensitive);
    bool isCaseSensitive() const;

    int hitCount() const { return int(m_hits.size()); }
    // 0-based index of the hit shown, -1 when there is none.
    int currentHit() const { return m_current; }
    const RangeHighlighter &hits() const { return m_hits; }
    // "3 of 12", "No matches" or nothing.
    QString statusText() const;
    QLineEdit *lineEdit() const { return m_edit; }

public slots:
    void findNext();
    void findPrevious();
    // Searches again, for when the view shows another text.
    void refresh();

signals:
    void hitsChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showHit(int index);
    void updateStatus();

    QPointer<ReaderView> m_view;
    QLineEdit *m_edit;
    QLabel *m_status;
    QToolButton *m_caseButton;
    RangeHighlighter m_hits;
    int m_current = -1;
};

} // namespace annalist
