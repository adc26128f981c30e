// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TeamProjectDialog.h"

#include "ui/settings/PasswordKeyring.h"
#include "ui/settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace annalist {

TeamProjectDialog::TeamProjectDialog(QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_keepPassword(new QCheckBox(tr("&Keep the password in the desktop keyring"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_acceptButton(purpose == Purpose::Publish ? m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole)
                                                 : m_buttons->addButton(QDialogButtonBox::Open))
{
    setWindowTitle(purpose == Purpose::Publish ? tr("Publish to Team Server") : tr("Open Team Project"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_password->setObjectName(QStringLiteral("password"));
    auto *intro = new QLabel(
        purpose == Purpose::Publish
            ? tr("Publishing copies this project into a database on a PostgreSQL server, where the team shares it. "
                 "The database must exist and be empty: ask the server's administrator to make one for you.")
            : tr("A team project is a database on a PostgreSQL server that the team shares. "
                 "Ask the team's owner for the database name and your user."),
        this);
    intro->setWordWrap(true);

    m_host->setText(Settings::value(SettingKeys::teamHost()));
    m_host->setPlaceholderText(tr("host name, address or socket folder"));
    m_port->setRange(1, 65535);
    m_port->setValue(Settings::value(SettingKeys::teamPort()));
    m_database->setText(Settings::value(SettingKeys::teamDatabase()));
    m_user->setText(Settings::value(SettingKeys::teamUser()));
    m_sslMode->addItem(tr("Prefer encryption"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Require encryption"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Require encryption and a verified server"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("No encryption"), QStringLiteral("disable"));
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(Settings::value(SettingKeys::teamSslMode()))));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    m_keepPassword->setChecked(PasswordKeyring::isAvailable() && Settings::value(SettingKeys::teamKeepPassword()));
    m_keepPassword->setEnabled(PasswordKeyring::isAvailable());
    if (!PasswordKeyring::isAvailable())
        m_keepPassword->setToolTip(PasswordKeyring::unavailable());

    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Connection:"), m_sslMode);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(m_keepPassword);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : { m_host, m_database, m_user })
        connect(field, &QLineEdit::textChanged, this, &TeamProjectDialog::updateButtons);
    updateButtons();
    (m_database->text().isEmpty() ? m_database : m_password)->setFocus();
}

TeamProjectDialog::~TeamProjectDialog() = default;

ProjectLocation TeamProjectDialog::location() const
{
    return ProjectLocation::forServer(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                                      m_user->text().trimmed(),
                                      { { QStringLiteral("sslmode"), m_sslMode->currentData().toString() } });
}

QString TeamProjectDialog::password() const
{
    return m_password->text();
}

bool TeamProjectDialog::keepPassword() const
{
    return m_keepPassword->isChecked();
}

void TeamProjectDialog::accept()
{
    Settings::setValue(SettingKeys::teamHost(), m_host->text().trimmed());
    Settings::setValue(SettingKeys::teamPort(), m_port->value());
    Settings::setValue(SettingKeys::teamDatabase(), m_database->text().trimmed());
    Settings::setValue(SettingKeys::teamUser(), m_user->text().trimmed());
    Settings::setValue(SettingKeys::teamSslMode(), m_sslMode->currentData().toString());
    if (PasswordKeyring::isAvailable())
        Settings::setValue(SettingKeys::teamKeepPassword(), m_keepPassword->isChecked());
    QDialog::accept();
}

void TeamProjectDialog::updateButtons()
{
    m_acceptButton->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                               && !m_user->text().trimmed().isEmpty());
}

} // namespace annalist
