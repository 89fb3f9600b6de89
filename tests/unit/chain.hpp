#pragma once
// A chain whose classes override some names and skip others: each class's own attributes take
// precedence over everything after it in the MRO, whether or not the classes in between
// redeclare them (shared by the lookup and super tests).
#include <descr/descr.hpp>

namespace {
struct GA : descr::object<GA, descr::classvar<"x", 1>, descr::classvar<"y", 10>,
                          descr::classvar<"z", 100>> {};
struct GB : descr::object<GB, descr::bases<GA>, descr::classvar<"x", 2>> {};
struct GC : descr::object<GC, descr::bases<GB>, descr::classvar<"y", 30>> {};
struct GD : descr::object<GD, descr::bases<GC>, descr::classvar<"x", 4>, descr::classvar<"z", 400>> {};
}  // namespace
