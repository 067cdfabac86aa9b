# The whole tree is built for the processor family's baseline by default (Debian's amd64:
# x86-64 with SSE2), so that the package runs on every school computer; the kernels that
# score a drawing choose AVX2, FMA and F16C at run time where the processor has them
# (core/engine/include/digit_tutor/engine/cpu_kernels.hpp). A packager for one machine may
# set DIGIT_TUTOR_ARCH, for example to "native" or "x86-64-v3": the EM of training, which is
# Eigen's dense linear algebra, then runs faster.
set(DIGIT_TUTOR_ARCH "" CACHE STRING "Value for -march (empty: the baseline)")

# Applied to the whole tree: Eigen's templates are instantiated in every target, and one
# definition compiled for two instruction sets would break the one-definition rule.
macro(digit_tutor_apply_arch)
    if(DIGIT_TUTOR_ARCH)
        add_compile_options("-march=${DIGIT_TUTOR_ARCH}")
    endif()
    # core/training/kernels/float_tile_kernel.hpp's 32-byte vectors (GCC vector extensions)
    # are two SSE registers each on a baseline build, and GCC notes that an AVX build would
    # pass them by value otherwise. They are inline and never cross a library's boundary.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        add_compile_options(-Wno-psabi)
    endif()
endmacro()
