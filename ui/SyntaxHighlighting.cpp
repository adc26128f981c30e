#include "SyntaxHighlighting.h"

namespace annalist {

SyntaxHighlighting::~SyntaxHighlighting() = default;

} // namespace annalist
