// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EvidencePassage.h"

#include "analysis/MentionContext.h"

#include "storage/Project.h"
#include "storage/SourceRepository.h"

namespace annalist {

Status EvidencePassage::complete(Project &project, Evidence &evidence)
{
    const Result<QString> body = project.sources().body(evidence.sourceId);
    if (!body)
        return body.error();
    if (!MentionContext::isValidSpan(*body, evidence.start, evidence.end)) {
        return StorageError { StorageError::Code::Constraint,
                              QStringLiteral("the span %1–%2 is not inside source %3")
                                  .arg(evidence.start)
                                  .arg(evidence.end)
                                  .arg(evidence.sourceId) };
    }
    if (evidence.quote.isEmpty())
        evidence.quote = body->mid(evidence.start, evidence.end - evidence.start);
    return ok();
}

} // namespace annalist
