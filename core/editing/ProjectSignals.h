#pragma once

#include <QObject>
#include <QString>

namespace annalist {

// What project edits announce, so that every view of the project can refresh itself.
// Commands emit these after each successful redo and undo; nothing else is implied.
class ProjectSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSignals)

public:
    explicit ProjectSignals(QObject *parent = nullptr);
    ~ProjectSignals() override;

signals:
    // Mentions in this source were added, removed or changed (status, entity). The
    // per-entity mention counts change with them.
    void mentionsChanged(qint64 sourceId);
    // Entities were added, removed, merged or changed (name, type, aliases, roles).
    // Highlight colours and labels of mentions may change with them.
    void entitiesChanged();
    // Source metadata (such as the reliability grade) changed.
    void sourcesChanged();
    // An edit could not be written; the project is as it was before the edit.
    void errorOccurred(const QString &message);
};

} // namespace annalist
