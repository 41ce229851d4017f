# One INTERFACE target carries the language standard, warnings and defines for every target of
# the project, so no flag is set directory-wide.
add_library(project_options INTERFACE)
target_compile_features(project_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(project_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive->)

# GCC 12 reports false "maybe-uninitialized" warnings through std::optional at -O2 (GCC bug
# 80635), which would break optimised builds under -Werror; the sanitizer build still catches
# real uses of uninitialised memory.
target_compile_options(project_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)

if(CD_WARNINGS_AS_ERRORS)
    target_compile_options(project_options INTERFACE
        $<$<CXX_COMPILER_ID:GNU,Clang>:-Werror> $<$<CXX_COMPILER_ID:MSVC>:/WX>)
endif()

if(CD_SANITIZE)
    target_compile_options(project_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(project_options INTERFACE -fsanitize=address,undefined)
endif()

target_compile_definitions(project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CD_VERSION="${PROJECT_VERSION}")

# Precompiled third-party headers (Catch2, nlohmann/json, the common Qt Widgets headers): the
# targets that include them in nearly every file build about a third faster, which keeps CI's two
# full builds well inside its time. Off for the release preset, which so still proves that every
# file includes what it uses.
option(CD_PRECOMPILE_HEADERS "Precompile the heavy third-party headers" ON)
function(cd_precompile target)
    if(CD_PRECOMPILE_HEADERS)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()
