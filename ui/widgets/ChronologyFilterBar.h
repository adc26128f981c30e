// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTimer;

namespace annalist {

class Project;
struct ChronologyFilter;

// The fields that narrow a chronology: words, entity, source, lane, time range,
// minimum credibility and conflicts only. The chronology view and the export dialog
// both have one; the dialog's starts as the view's is set.
class ChronologyFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChronologyFilterBar)

public:
    explicit ChronologyFilterBar(QWidget *parent = nullptr);
    ~ChronologyFilterBar() override;

    // Empties the fields and fills the entity, source and lane choosers from the
    // project (null: none).
    void setProject(Project *project);
    // Fills the choosers again, keeping what is chosen where it still exists.
    void refreshChoices();
    // Takes over what the other bar's fields hold (choices included).
    void copyFrom(const ChronologyFilterBar &other);

    // The filter the fields describe; a time the range cannot use leaves that bound
    // open and is said under the fields.
    ChronologyFilter filter() const;
    // What is wrong with the fields, empty when nothing is.
    QString problem() const;

    // A widget at the end of the second row (the chronology view's count).
    void addTrailingWidget(QWidget *widget);

    QLineEdit *textField() const { return m_text; }
    QComboBox *entityChooser() const { return m_entity; }
    QComboBox *sourceChooser() const { return m_source; }
    QComboBox *laneChooser() const { return m_lane; }
    QLineEdit *fromField() const { return m_from; }
    QLineEdit *toField() const { return m_to; }
    QComboBox *credibilityChooser() const { return m_credibility; }
    QCheckBox *conflictsOnlyBox() const { return m_conflictsOnly; }

signals:
    // A field changed (words after a short pause while typing).
    void filterChanged();

private:
    void announce();

    Project *m_project = nullptr;
    QLineEdit *m_text;
    QComboBox *m_entity;
    QComboBox *m_source;
    QComboBox *m_lane;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QComboBox *m_credibility;
    QCheckBox *m_conflictsOnly;
    QLabel *m_error;
    QHBoxLayout *m_secondRow;
    QTimer *m_textDelay;
};

} // namespace annalist
