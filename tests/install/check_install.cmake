# Installs the build into a temporary prefix and checks the desktop integration is all there
# and valid. Run by ctest: cmake -DBUILD_DIR=… -DWORK_DIR=… -P check_install.cmake
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}
    RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
set(expected
    bin/campaigndesk
    bin/campaigndesk-cli
    share/applications/io.campaigndesk.CampaignDesk.desktop
    share/metainfo/io.campaigndesk.CampaignDesk.metainfo.xml
    share/mime/packages/campaigndesk-workbook.xml
    share/icons/hicolor/scalable/apps/campaigndesk.svg
    share/icons/hicolor/48x48/apps/campaigndesk.png
    share/icons/hicolor/256x256/apps/campaigndesk.png
    share/campaigndesk/templates/influencer-campaign.json
    share/doc/campaigndesk/copyright
    share/doc/campaigndesk/changelog.gz)
foreach(f ${expected})
    if(NOT EXISTS ${WORK_DIR}/${f})
        message(FATAL_ERROR "missing from the installed tree: ${f}")
    endif()
endforeach()
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND ${DESKTOP_FILE_VALIDATE}
        ${WORK_DIR}/share/applications/io.campaigndesk.CampaignDesk.desktop RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "desktop-file-validate refused the .desktop file")
    endif()
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    execute_process(COMMAND ${APPSTREAMCLI} validate --no-net
        ${WORK_DIR}/share/metainfo/io.campaigndesk.CampaignDesk.metainfo.xml RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "appstreamcli refused the metainfo file")
    endif()
endif()
file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "installed tree complete and valid")
