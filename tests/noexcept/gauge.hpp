#pragma once
// The class both -fno-exceptions programs use: plain fields, one that may be absent, and a
// validated attributes.
#include <string>

#include <descr/json.hpp>

#if defined(__cpp_exceptions)
#error "this file tests -fno-exceptions"
#endif

namespace gauges {

struct Gauge : descr::object<Gauge,
    descr::field<"label", std::string>,
    descr::field<"note", std::string, descr::absentable>,
    descr::attr<"level", descr::Number<int>{.minvalue = 0, .maxvalue = 10}>,
    descr::attr<"kind", descr::OneOf{"steam", "water"}>> {};

}  // namespace gauges
