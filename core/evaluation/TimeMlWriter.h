// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TimeMlDocument.h"
#include "analysis/TimexMatch.h"

#include <QList>
#include <QString>

namespace annalist {

// Writes a TimeML document again with a system's TIMEX3 tags in place of the gold ones,
// so that a standard TempEval-3 scorer can compare the two files: the head (DOCID,
// DCT, TITLE) verbatim, the same TEXT with the system's TIMEX3s (tid, type, value and
// mod, quant, freq where given), the EVENT and SIGNAL tags that still nest, and their
// MAKEINSTANCEs. Links are left out: they referred to the gold TIMEX3s.
class TimeMlWriter final
{
public:
    static QString write(const TimeMlDocument &document, const QList<TimexMatch> &timexes);
};

} // namespace annalist
