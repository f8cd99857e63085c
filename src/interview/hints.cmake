# Question-quality hints (CH-8). The rule sets are data (data/hints/<language>.json) compiled into
# the library, so a running server never reads them from disk.
set(VB_HINTS_EMBEDDED)
foreach(lang en fr nl)
  set(input ${CMAKE_SOURCE_DIR}/data/hints/${lang}.json)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/hints_${lang}_embedded.cc)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output}
            -DNAMESPACE=verbatim::interview::hints_data -DSYMBOL=RulesJson_${lang}
            -P ${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake
    DEPENDS ${input} ${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake
    COMMENT "Embedding the ${lang} question-hint rules")
  list(APPEND VB_HINTS_EMBEDDED ${output})
endforeach()

add_library(vb_hints question_hints.cc ${VB_HINTS_EMBEDDED})
target_link_libraries(vb_hints PUBLIC vb_base PRIVATE PkgConfig::ICU)

verbatim_test(hints_test SOURCES question_hints_test.cc LIBS vb_hints)
