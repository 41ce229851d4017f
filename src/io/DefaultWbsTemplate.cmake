# Compiles the default WBS template into cd_io as a raw string, so the CLI and the app need no
# data files wherever they are installed. Editing the JSON re-runs CMake.
set(CD_DEFAULT_WBS_TEMPLATE ${PROJECT_SOURCE_DIR}/resources/templates/influencer-campaign.json)
file(READ ${CD_DEFAULT_WBS_TEMPLATE} CD_DEFAULT_WBS_TEMPLATE_JSON)
string(FIND "${CD_DEFAULT_WBS_TEMPLATE_JSON}" ")cdjson\"" CD_DELIMITER_AT)
if(NOT CD_DELIMITER_AT EQUAL -1)
    message(FATAL_ERROR "${CD_DEFAULT_WBS_TEMPLATE} contains the raw-string delimiter )cdjson\"")
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CD_DEFAULT_WBS_TEMPLATE})
configure_file(${CMAKE_CURRENT_LIST_DIR}/DefaultWbsTemplate.cpp.in
    ${CMAKE_CURRENT_BINARY_DIR}/DefaultWbsTemplate.cpp @ONLY)
target_sources(cd_io PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/DefaultWbsTemplate.cpp)
