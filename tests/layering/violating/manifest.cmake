# A made-up house that breaks each rule once, to show that the layering check catches it
# (CTest layering/catches_violations). Paths are relative to this file's folder.
set(here ${CMAKE_CURRENT_LIST_DIR})
set(LAYERS "engine;common")
set(LAYER_engine_DIR "${here}/engine")
set(LAYER_engine_USES "")
set(LAYER_engine_LINKS "Qt6::Core")
set(LAYER_common_DIR "${here}/common")
set(LAYER_common_USES "engine")
set(LAYER_common_LINKS "digit_tutor_engine;Qt6::Widgets")
set(PROGRAM_digit_tutor_LINKS "digit_tutor_common;digit_tutor_engine;digit_tutor_training")
