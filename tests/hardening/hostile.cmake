# Issue 8, hostile input: HostileCorpus's cases through every afadmin-cli option, on both
# backends (the widgets' turn is still to come).
add_library(afadmin_hostile STATIC hostilecorpus.h hostilecorpus.cpp hostilestate.h hostilestate.cpp
    hostileui.h hostileui.cpp ../contentchecksum.h ../contentchecksum.cpp)
target_link_libraries(afadmin_hostile PUBLIC afadmin_testsupport afadmin_views afadmin_hardening)
target_include_directories(afadmin_hostile PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})

# afadmin-cli: one executable, its options split over four runs per backend so each keeps
# under 90 s (a user command signs the operator in and writes an audit row every time).
add_executable(tst_hostilecli tst_hostilecli.cpp ../tablefilterfixture.h ../tablefilterfixture.cpp
    ../tablefilterreference.h ../tablefilterreference.cpp ../subnetreference.h ../subnetreference.cpp)
target_link_libraries(tst_hostilecli PRIVATE afadmin_testsupport afadmin_hostile)
foreach(backend sqlite postgresql)
    foreach(part commands create password operator)
        set(name tst_hostilecli_${part}_${backend})
        add_test(NAME ${name} COMMAND tst_hostilecli)
        set_tests_properties(${name} PROPERTIES
            ENVIRONMENT "${AFADMIN_TEST_ENV};AFADMIN_TEST_BACKEND=${backend};AFADMIN_HOSTILE_CLI_PART=${part}"
            LABELS "${backend}")
    endforeach()
endforeach()
