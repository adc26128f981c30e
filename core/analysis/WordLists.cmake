# SPDX-FileCopyrightText: 2026 The Annalist authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Word lists and gazetteer tables of the analysis, compiled into annalist_analysis.
# Word lists of the time tagger (resources/analysis/time/<language>/*.txt): data, not
# code, compiled in so that the library needs no files at run time.
file(GLOB ANNALIST_TIME_WORD_LISTS CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/resources/analysis/time/*/*.txt")
qt_add_resources(annalist_analysis "annalist_time_word_lists"
    PREFIX "/analysis/time"
    BASE "${PROJECT_SOURCE_DIR}/resources/analysis/time"
    FILES ${ANNALIST_TIME_WORD_LISTS})

# Gazetteer lists. Countries and subdivisions come from the Debian package iso-codes,
# cities of 15000 people or more from GeoNames (CC BY 4.0) as shipped by
# libtimezonemap-data; a small generator turns them into compact tables at build time,
# compiled in with the curated lists of resources/analysis/gazetteer.
set(ANNALIST_ISO_3166_1 "/usr/share/iso-codes/json/iso_3166-1.json" CACHE FILEPATH "ISO 3166-1 countries (Debian package iso-codes)")
set(ANNALIST_ISO_3166_2 "/usr/share/iso-codes/json/iso_3166-2.json" CACHE FILEPATH "ISO 3166-2 subdivisions (Debian package iso-codes)")
set(ANNALIST_GEONAMES_CITIES "/usr/share/libtimezonemap/ui/cities15000.txt" CACHE FILEPATH "GeoNames cities15000.txt (Debian package libtimezonemap-data)")
foreach(data_file IN ITEMS ANNALIST_ISO_3166_1 ANNALIST_ISO_3166_2)
    if(NOT EXISTS "${${data_file}}")
        message(FATAL_ERROR "${${data_file}} is missing: install the Debian package iso-codes "
                            "(apt-get install iso-codes) or set ${data_file}.")
    endif()
endforeach()
if(NOT EXISTS "${ANNALIST_GEONAMES_CITIES}")
    message(FATAL_ERROR "${ANNALIST_GEONAMES_CITIES} is missing: install the Debian package libtimezonemap-data "
                        "(apt-get install libtimezonemap-data) or set ANNALIST_GEONAMES_CITIES.")
endif()

add_executable(annalist-gazetteer-data "${CMAKE_CURRENT_SOURCE_DIR}/generators/GazetteerData.cpp")
target_link_libraries(annalist-gazetteer-data PRIVATE Qt6::Core annalist_options)
set_target_properties(annalist-gazetteer-data PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/generators")

set(ANNALIST_GAZETTEER_DATA_DIR "${CMAKE_CURRENT_BINARY_DIR}/gazetteer")
set(ANNALIST_GAZETTEER_GENERATED
    "${ANNALIST_GAZETTEER_DATA_DIR}/countries.tsv"
    "${ANNALIST_GAZETTEER_DATA_DIR}/subdivisions.tsv"
    "${ANNALIST_GAZETTEER_DATA_DIR}/cities.tsv")
add_custom_command(
    OUTPUT ${ANNALIST_GAZETTEER_GENERATED}
    COMMAND annalist-gazetteer-data "${ANNALIST_ISO_3166_1}" "${ANNALIST_ISO_3166_2}"
            "${ANNALIST_GEONAMES_CITIES}" "${ANNALIST_GAZETTEER_DATA_DIR}"
    DEPENDS annalist-gazetteer-data "${ANNALIST_ISO_3166_1}" "${ANNALIST_ISO_3166_2}" "${ANNALIST_GEONAMES_CITIES}"
    COMMENT "Generating gazetteer tables from iso-codes and GeoNames"
    VERBATIM)
qt_add_resources(annalist_analysis "annalist_gazetteer_tables"
    PREFIX "/analysis/gazetteer"
    BASE "${ANNALIST_GAZETTEER_DATA_DIR}"
    FILES ${ANNALIST_GAZETTEER_GENERATED})
file(GLOB ANNALIST_GAZETTEER_LISTS CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/resources/analysis/gazetteer/*.txt")
qt_add_resources(annalist_analysis "annalist_gazetteer_lists"
    PREFIX "/analysis/gazetteer"
    BASE "${PROJECT_SOURCE_DIR}/resources/analysis/gazetteer"
    FILES ${ANNALIST_GAZETTEER_LISTS})

# Word lists of the name recognizer (titles, organisation and place heads, cue words):
# data, not code, compiled in like the lists above.
file(GLOB ANNALIST_NAME_WORD_LISTS CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/resources/analysis/names/*.txt")
qt_add_resources(annalist_analysis "annalist_name_word_lists"
    PREFIX "/analysis/names"
    BASE "${PROJECT_SOURCE_DIR}/resources/analysis/names"
    FILES ${ANNALIST_NAME_WORD_LISTS})
