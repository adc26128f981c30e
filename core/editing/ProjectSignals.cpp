#include "ProjectSignals.h"

namespace annalist {

ProjectSignals::ProjectSignals(QObject *parent)
    : QObject(parent)
{ }

ProjectSignals::~ProjectSignals() = default;

} // namespace annalist
