#include "TextHighlighter.h"

namespace annalist {

TextHighlighter::~TextHighlighter() = default;

} // namespace annalist
