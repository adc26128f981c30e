// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace annalist {

enum class DocumentFormat { PlainText, Markdown, Html, Pdf, Binary };

} // namespace annalist
