# SPDX-FileCopyrightText: 2026 The Annalist authors
# SPDX-License-Identifier: GPL-3.0-or-later

# The sample project's briefs, compiled in so that the program needs no data files.
qt_add_resources(annalist_sample "sample_project"
    PREFIX "/sample"
    BASE "${PROJECT_SOURCE_DIR}/resources/sample"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/sample/01-concession-awarded.md"
        "${PROJECT_SOURCE_DIR}/resources/sample/02-opposition-alleges.txt"
        "${PROJECT_SOURCE_DIR}/resources/sample/03-audit-finds-payments.html"
        "${PROJECT_SOURCE_DIR}/resources/sample/04-committee-hearing.md"
        "${PROJECT_SOURCE_DIR}/resources/sample/05-undated-brief.txt"
)

qt_add_resources(annalist_sample "sample_chronology"
    PREFIX "/sample-chronology"
    BASE "${PROJECT_SOURCE_DIR}/resources/sample"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/sample/chronology.json"
        "${PROJECT_SOURCE_DIR}/resources/sample/roles.csv"
)
