// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/ProjectLocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace annalist {

// File ▸ Open Team Project: the server, port, database, user and how the connection is
// secured, and the password (left empty for PGPASSWORD or ~/.pgpass). Everything but
// the password is remembered for next time; the password only in the keyring, if asked.
// File ▸ Publish to Team Server asks the same for the empty database to copy into.
class TeamProjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamProjectDialog)

public:
    enum class Purpose { Open, Publish };

    explicit TeamProjectDialog(QWidget *parent = nullptr, Purpose purpose = Purpose::Open);
    ~TeamProjectDialog() override;

    // The location asked for, without the password.
    ProjectLocation location() const;
    QString password() const;
    bool keepPassword() const;

    void accept() override;

private:
    void updateButtons();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QCheckBox *m_keepPassword;
    QDialogButtonBox *m_buttons;
    QPushButton *m_acceptButton;
};

} // namespace annalist
