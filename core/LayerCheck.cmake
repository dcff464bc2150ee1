# neversent_core_layer(NAME [LAYERS lower...] [LIBRARIES ...] SOURCES ...): the static
# library neversent_NAME from the folder NAME. It links the LAYERS named (and through them
# theirs), and a check that runs before it is compiled fails the build when one of its
# sources includes a header of any other layer of core ("explain/..." from imap, say).
function(neversent_core_layer name)
    cmake_parse_arguments(ARG "" "" "LAYERS;LIBRARIES;SOURCES" ${ARGN})
    add_library(neversent_${name} STATIC ${ARG_SOURCES})
    target_include_directories(neversent_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    set(lower_targets ${ARG_LAYERS})
    list(TRANSFORM lower_targets PREPEND neversent_)
    target_link_libraries(neversent_${name} PUBLIC neversent_options ${lower_targets} ${ARG_LIBRARIES})

    set(allowed ${name})
    foreach(lower IN LISTS ARG_LAYERS)
        get_property(lower_allowed GLOBAL PROPERTY neversent_layer_${lower})
        if(NOT lower_allowed)
            message(FATAL_ERROR "core layer ${name}: the layer ${lower} must be declared before it")
        endif()
        list(APPEND allowed ${lower_allowed})
    endforeach()
    list(REMOVE_DUPLICATES allowed)
    set_property(GLOBAL PROPERTY neversent_layer_${name} ${allowed})

    list(TRANSFORM ARG_SOURCES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/ OUTPUT_VARIABLE source_paths)
    string(REPLACE ";" "," allowed_list "${allowed}")
    set(stamp ${CMAKE_CURRENT_BINARY_DIR}/layer_${name}.checked)
    add_custom_command(OUTPUT ${stamp}
        COMMAND ${CMAKE_COMMAND} -DLAYER=${name} -DALLOWED=${allowed_list}
            -DLAYER_DIR=${CMAKE_CURRENT_SOURCE_DIR}/${name} -DSTAMP=${stamp}
            -P ${CMAKE_CURRENT_SOURCE_DIR}/CheckLayerIncludes.cmake
        DEPENDS ${source_paths} ${CMAKE_CURRENT_SOURCE_DIR}/CheckLayerIncludes.cmake
        COMMENT "Checking that core/${name} includes only the layers it links"
        VERBATIM)
    add_custom_target(neversent_${name}_layer_check DEPENDS ${stamp})
    add_dependencies(neversent_${name} neversent_${name}_layer_check)
endfunction()
