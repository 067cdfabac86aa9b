# One library of the layered house (docs/developer-guide.md): its sources in src/ (and any
# private folders named in SOURCES), its public headers in include/digit_tutor/<layer>/,
# included everywhere as <digit_tutor/<layer>/name.hpp>. LAYER names the folder; USES names
# the layers below it that it may include and link (the layering check holds the code to it).
#
#   digit_tutor_add_library(practice SOURCES src/a.cpp ... USES engine common progress
#                           LINK Qt6::Widgets)
function(digit_tutor_add_library layer)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;USES;LINK;PRIVATE_LINK")
    set(target digit_tutor_${layer})
    # The public headers are listed so that AUTOMOC finds the Q_OBJECT classes among them.
    file(GLOB headers CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/include/digit_tutor/${layer}/*.hpp")
    add_library(${target} STATIC ${arg_SOURCES} ${headers})
    string(SUBSTRING ${layer} 0 1 first)
    string(TOUPPER ${first} first)
    string(SUBSTRING ${layer} 1 -1 rest)
    add_library(DigitTutor::${first}${rest} ALIAS ${target})
    target_include_directories(${target} PUBLIC
        $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>
        $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
    target_compile_features(${target} PUBLIC cxx_std_20)
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON EXPORT_NAME ${first}${rest})
    foreach(used IN LISTS arg_USES)
        target_link_libraries(${target} PUBLIC digit_tutor_${used})
    endforeach()
    target_link_libraries(${target} PUBLIC ${arg_LINK} PRIVATE ${arg_PRIVATE_LINK})
    target_compile_definitions(${target} PRIVATE QT_NO_CONTEXTLESS_CONNECT)
    # Read by the layering check (tests/layering): which layers this one may include.
    set_property(GLOBAL APPEND PROPERTY DIGIT_TUTOR_LAYERS "${layer}")
    set_property(GLOBAL PROPERTY DIGIT_TUTOR_LAYER_${layer}_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    set_property(GLOBAL PROPERTY DIGIT_TUTOR_LAYER_${layer}_USES "${arg_USES}")
endfunction()
