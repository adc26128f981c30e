// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SyntaxHighlighting.h"

namespace annalist {

SyntaxHighlighting::~SyntaxHighlighting() = default;

} // namespace annalist
