// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chronology/ChronologyEntry.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace annalist {

// Every conflict in the project: which event, what kind, and what the passages say.
// Activating a row asks for both passages side by side.
class ConflictsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsPanel)

public:
    explicit ConflictsPanel(QWidget *parent = nullptr);
    ~ConflictsPanel() override;

    void setEntries(const QList<ChronologyEntry> &entries);
    QTableWidget *table() const { return m_table; }

signals:
    void eventSelected(qint64 eventId);
    void compareRequested(qint64 eventId, qint64 firstEvidenceId, qint64 secondEvidenceId);

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace annalist
