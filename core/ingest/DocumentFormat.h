#pragma once

namespace annalist {

enum class DocumentFormat { PlainText, Markdown, Html, Pdf, Binary };

} // namespace annalist
