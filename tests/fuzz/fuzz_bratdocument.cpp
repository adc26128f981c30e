// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The brat reader: the input is a text, a NUL byte, then its standoff annotations.

#include "FuzzInput.h"
#include "import/BratDocument.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = annalist::fuzz::bytes(data, size);
    const qsizetype split = input.indexOf('\0');
    const QString text = QString::fromUtf8(split < 0 ? QByteArray() : input.left(split));
    const QString annotations = QString::fromUtf8(split < 0 ? input : input.mid(split + 1));
    (void)annalist::BratDocument::parse(text, annotations, QStringLiteral("fuzz.ann"));
    return 0;
}
