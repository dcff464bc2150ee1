cmake_minimum_required(VERSION 3.25)
# cmake -DLAYER=imap -DALLOWED=imap,mail,analysis,common -DLAYER_DIR=... -DSTAMP=... -P this:
# fails when a source of the layer includes "<folder>/..." for a folder of core that is
# not among ALLOWED (the layer itself and those it links).
string(REPLACE "," ";" allowed "${ALLOWED}")
get_filename_component(core_dir ${LAYER_DIR} DIRECTORY)
file(GLOB sources ${LAYER_DIR}/*.cpp ${LAYER_DIR}/*.h)
set(violations "")
foreach(source IN LISTS sources)
    file(STRINGS ${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"/]+/")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"/]+)/.*" "\\1" folder "${line}")
        if(IS_DIRECTORY ${core_dir}/${folder} AND NOT folder IN_LIST allowed)
            get_filename_component(file_name ${source} NAME)
            string(APPEND violations "\n  ${LAYER}/${file_name}: ${line}")
        endif()
    endforeach()
endforeach()
if(violations)
    message(FATAL_ERROR "core/${LAYER} may include only ${ALLOWED}; these reach into a higher "
        "layer (ARCHITECTURE.md says where the code belongs):${violations}")
endif()
file(TOUCH ${STAMP})
