// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TextHighlighter.h"

namespace annalist {

TextHighlighter::~TextHighlighter() = default;

} // namespace annalist
