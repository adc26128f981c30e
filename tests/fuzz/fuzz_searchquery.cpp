// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Full-text search queries on a small real project: any query either finds passages
// or fails with a message, never anything worse.

#include "FuzzInput.h"
#include "ingest/SourceImporter.h"
#include "storage/FullTextSearch.h"
#include "storage/Project.h"

#include <QTemporaryDir>

namespace {

annalist::Project *project()
{
    using namespace annalist;
    static QTemporaryDir directory;
    static std::unique_ptr<Project> opened = [] {
        auto created = Project::create(directory.filePath(QStringLiteral("search.annalist")));
        if (!created)
            qFatal("cannot create the project: %s", qPrintable(created.error().message));
        SourceImporter importer(**created);
        importer.importText(QStringLiteral("Port concession\nThe ministry awarded the terminal to Bellwether "
                                           "Marine on 3 February 2025; the opposition said the tender was rigged."));
        importer.importText(QStringLiteral("Hearing\nLina Okoro asked who knew what, and when. "
                                           "Η συμφωνία υπογράφηκε στο λιμάνι. Соглашение было подписано."));
        return std::move(*created);
    }();
    return opened.get();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    annalist::fuzz::ensureApplication();
    project();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    (void)project()->search().search(annalist::fuzz::text(data, size), 10, 3);
    return 0;
}
