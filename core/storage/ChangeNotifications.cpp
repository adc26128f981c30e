// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChangeNotifications.h"

#include <QSqlDriver>
#include <QVariant>

namespace annalist {

ChangeNotifications::ChangeNotifications(QSqlDatabase database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    QSqlDriver *driver = m_database.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    if (m_database.driverName() != QLatin1StringView("QPSQL"))
        return;
    m_listening = driver->subscribeToNotification(QLatin1StringView(channel));
    if (!m_listening)
        return;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name == QLatin1StringView(channel))
                    emit changed(payload.toString(), source == QSqlDriver::SelfSource);
            });
}

ChangeNotifications::~ChangeNotifications()
{
    if (m_listening && m_database.isOpen() && m_database.driver())
        m_database.driver()->unsubscribeFromNotification(QLatin1StringView(channel));
}

} // namespace annalist
