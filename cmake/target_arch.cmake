# The EM and the classifier are dense linear algebra; Eigen only uses AVX2/FMA when the
# compiler may. x86-64-v3 (AVX2, FMA; CPUs from 2013 on) is the default on x86-64;
# packagers for older machines set DIGIT_TUTOR_ARCH to "" (baseline) or "native".
if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
    set(DIGIT_TUTOR_ARCH "x86-64-v3" CACHE STRING "Value for -march (empty: compiler default)")
else()
    set(DIGIT_TUTOR_ARCH "" CACHE STRING "Value for -march (empty: compiler default)")
endif()

# Applied to the whole tree: Eigen's templates are instantiated in every target, and one
# definition compiled for two instruction sets would break the one-definition rule.
macro(digit_tutor_apply_arch)
    if(DIGIT_TUTOR_ARCH)
        add_compile_options("-march=${DIGIT_TUTOR_ARCH}")
    endif()
endmacro()
