#pragma once

#include <QWidget>

class QHBoxLayout;

namespace annalist {

class EntityTypeModel;

// A strip of colour swatches naming the entity types (hidden ones struck through),
// with a reminder of how candidates look; it follows the type model.
class TypeLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypeLegend)

public:
    explicit TypeLegend(EntityTypeModel *types, QWidget *parent = nullptr);
    void rebuild();

private:
    EntityTypeModel *m_types;
    QHBoxLayout *m_layout;
};

} // namespace annalist
