# Statements beside the sources (AS-5): places (GeoNames gazetteer, country names), actors and
# periods in an answer, and the COI passages on them. The data files are compiled in (kiwix's
# way), so a running server never reads them from disk.
set(VB_COMPARE_EMBEDDED)
foreach(spec
    "gazetteer/world-cities-geonames-15000.csv|gazetteer_data|CitiesCsv"
    "codes/iso3166-country-codes.csv|gazetteer_data|CountriesCsv"
    "gazetteer/common-words.txt|gazetteer_data|CommonWords"
    "gazetteer/original-script-names.csv|gazetteer_data|OriginalScriptCsv"
    "actors/actors.json|actors_data|ActorsJson")
  string(REPLACE "|" ";" parts "${spec}")
  list(GET parts 0 file)
  list(GET parts 1 namespace)
  list(GET parts 2 symbol)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/compare_${symbol}_embedded.cc)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${CMAKE_SOURCE_DIR}/data/${file} -DOUTPUT=${output}
            -DNAMESPACE=verbatim::coi::${namespace} -DSYMBOL=${symbol}
            -P ${CMAKE_CURRENT_SOURCE_DIR}/compare_embed.cmake
    DEPENDS ${CMAKE_SOURCE_DIR}/data/${file} ${CMAKE_CURRENT_SOURCE_DIR}/compare_embed.cmake
    COMMENT "Embedding data/${file}")
  list(APPEND VB_COMPARE_EMBEDDED ${output})
endforeach()

add_library(vb_coi_compare extract_tokens.cc gazetteer_csv.cc original_script.cc russian_forms.cc gazetteer.cc
            actors.cc extract_dates.cc extract.cc ${VB_COMPARE_EMBEDDED})
target_link_libraries(vb_coi_compare PUBLIC vb_coi vb_calendar vb_base PRIVATE PkgConfig::ICU)

verbatim_test(coi_extract_test SOURCES extract_test.cc LIBS vb_coi_compare)

add_library(vb_coi_comparison compare.cc compare_json.cc)
target_link_libraries(vb_coi_comparison PUBLIC vb_coi_compare vb_coi vb_store vb_base)
verbatim_test(coi_compare_test STORE SOURCES compare_test.cc LIBS vb_coi_comparison vb_store_testing)
target_compile_definitions(coi_compare_test PRIVATE VERBATIM_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
