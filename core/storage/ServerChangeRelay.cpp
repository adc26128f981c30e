// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ServerChangeRelay.h"

#include "ChangeNotifications.h"
#include "ProjectSignals.h"

#include <QStringList>

#include <algorithm>

namespace annalist {

ServerChangeRelay::ServerChangeRelay(QSqlDatabase database, ProjectSignals &projectSignals, QObject *parent)
    : QObject(parent)
    , m_signals(projectSignals)
    , m_notifications(new ChangeNotifications(std::move(database), this))
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(gatherMilliseconds);
    connect(&m_gather, &QTimer::timeout, this, &ServerChangeRelay::relay);
    connect(m_notifications, &ChangeNotifications::changed, this, [this](const QString &table, bool self) {
        if (self)
            return;
        m_pending.insert(table);
        if (!m_gather.isActive())
            m_gather.start();
    });
}

ServerChangeRelay::~ServerChangeRelay() = default;

bool ServerChangeRelay::isListening() const
{
    return m_notifications->isListening();
}

void ServerChangeRelay::relay()
{
    QStringList tables(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    std::sort(tables.begin(), tables.end());
    const auto touched = [&tables](std::initializer_list<const char *> names) {
        return std::any_of(names.begin(), names.end(),
                           [&tables](const char *name) { return tables.contains(QLatin1StringView(name)); });
    };
    if (touched({ "sources" }))
        emit m_signals.sourcesChanged();
    if (touched({ "entity_types", "entities", "entity_aliases", "entity_roles" }))
        emit m_signals.entitiesChanged();
    if (touched({ "mentions" }))
        emit m_signals.mentionsChanged(0);
    if (touched({ "timexes" }))
        emit m_signals.timexesChanged(0);
    if (touched({ "events", "event_participants", "event_tags", "notes" }))
        emit m_signals.eventsChanged(0);
    if (touched({ "evidence" }))
        emit m_signals.evidenceChanged(0);
    if (touched({ "chronology_annotations" }))
        emit m_signals.annotationsChanged(0);
    emit relayed(tables);
}

} // namespace annalist
