# SPDX-FileCopyrightText: 2026 The Annalist authors
# SPDX-License-Identifier: GPL-3.0-or-later

# The Debian package, made by CPack from the same install rules as `cmake --install`
# (scripts/package). dpkg-shlibdeps finds the shared libraries the programs link; the
# Depends below are what they load at run time without linking it.

# Debian's own documents of the package: the machine-readable copyright file, which
# carries the data attributions, and the changelog, both where Debian keeps them.
find_program(ANNALIST_GZIP gzip)
set(ANNALIST_CHANGELOG "${CMAKE_BINARY_DIR}/package-documents/changelog.gz")
add_custom_command(OUTPUT "${ANNALIST_CHANGELOG}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/package-documents"
    COMMAND "${ANNALIST_GZIP}" -9nc "${PROJECT_SOURCE_DIR}/resources/package/changelog" > "${ANNALIST_CHANGELOG}"
    DEPENDS "${PROJECT_SOURCE_DIR}/resources/package/changelog"
    COMMENT "Compressing the package's changelog")
add_custom_target(annalist-package-documents ALL DEPENDS "${ANNALIST_CHANGELOG}")
install(FILES "${PROJECT_SOURCE_DIR}/resources/package/copyright" "${ANNALIST_CHANGELOG}"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}")

set(CPACK_GENERATOR "DEB")
# scripts/package builds what the package holds (the programs, man pages and documents)
# before it packs; installing need not build every target, tests included, first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CPACK_PACKAGE_NAME "annalist")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Annalist authors")
set(CPACK_PACKAGE_CONTACT "The Annalist authors <annalist@annalist.org>")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for news analysts: sources, entities, chronologies")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "workbench for news analysts: sources, entities, chronologies
 Annalist imports news sources (plain text, Markdown, web pages and PDF files),
 proposes the people, organisations, places and titles named in them and lets
 the analyst confirm or correct them. Marked passages become dated events with
 supporting and contradicting evidence; a chronology and a timeline show where
 the sources agree and conflict, and the chronology is exported as a PDF report
 with footnoted quotations, or as CSV, TimelineJS, iCalendar, HTML, Markdown,
 ODT or brat files.
 .
 The package has the desktop program annalist and the command-line tool
 annalist-cli, which work on the same project files.")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${ANNALIST_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as Qt plugins or read at run time, so dpkg-shlibdeps cannot see them: the SQLite
# driver of Qt Sql, the window system plugins, and the fonts embedded in reports.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils, hicolor-icon-theme")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Directories as Debian has them, whatever the umask of the machine that packs.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
