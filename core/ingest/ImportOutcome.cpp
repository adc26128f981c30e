#include "ImportOutcome.h"

#include <algorithm>

namespace annalist {

int ImportReport::count(ImportOutcome::Kind kind) const
{
    return static_cast<int>(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                          [kind](const ImportOutcome &outcome) { return outcome.kind == kind; }));
}

} // namespace annalist
