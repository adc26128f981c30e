// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Text decoding and format sniffing on arbitrary bytes: the declared charset is picked
// by the first byte, the file name by the second; then the plain-text or Markdown
// importer reads what the sniffer calls text.

#include "FuzzInput.h"
#include "ingest/FormatSniffer.h"
#include "ingest/TextDecoder.h"
#include "ingest/TextImporter.h"

#include <array>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace annalist;
    if (size < 2)
        return 0;
    static const std::array<QByteArray, 6> charsets = { QByteArray(),
                                                        QByteArray("utf-8"),
                                                        QByteArray("utf-16le"),
                                                        QByteArray("windows-1252"),
                                                        QByteArray("iso-8859-1"),
                                                        QByteArray("utf-16be") };
    static const std::array<QString, 4> names
        = { QStringLiteral("a.txt"), QStringLiteral("a.md"), QStringLiteral("a.html"), QStringLiteral("a") };
    const QByteArray input = fuzz::bytes(data + 2, size - 2);
    const DecodedText decoded = TextDecoder::decode(input, charsets[data[0] % charsets.size()]);
    (void)decoded.text.size();
    TextDecoder::isValidUtf8(input);
    const QString &name = names[data[1] % names.size()];
    const DocumentFormat format = FormatSniffer::detect(input, name);
    FormatSniffer::hasImportableExtension(name);
    if (format == DocumentFormat::PlainText || format == DocumentFormat::Markdown)
        (void)TextImporter(format).import(input, name);
    return 0;
}
