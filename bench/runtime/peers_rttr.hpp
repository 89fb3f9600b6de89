// RTTR (Debian librttr-dev), a run-time reflection library: the plain classes registered with
// their properties and methods (peers_rttr.cpp), each access looked up by name, as a user
// reaching properties by name writes it.
#pragma once
#include <rttr/type>

#include "classes.hpp"
#include "data.hpp"

// RTTR sees a base's properties through a class only when the class names its bases with
// RTTR_ENABLE (which adds a virtual function): a chain of its own, five deep.
namespace rt {
struct R0 { int a = 0; virtual ~R0() = default; RTTR_ENABLE() };
struct R1 : R0 { int b = 0; RTTR_ENABLE(R0) };
struct R2 : R1 { int c = 0; RTTR_ENABLE(R1) };
struct R3 : R2 { int d = 0; RTTR_ENABLE(R2) };
struct R4 : R3 { int e = 0; RTTR_ENABLE(R3) };
}  // namespace rt

namespace bench {

inline void rttr_field_get(std::size_t i) {
  keep(rttr::type::get<plain::Point>()
           .get_property("x")
           .get_value(objects<plain::Point>[i & mask])
           .get_value<int>());
}
inline void rttr_field_set(std::size_t i) {
  rttr::type::get<plain::Point>().get_property("x").set_value(objects<plain::Point>[i & mask],
                                                              ints[i & mask]);
  stored();
}
inline void rttr_data_get(std::size_t i) {
  keep(rttr::type::get<plain::Person>()
           .get_property("age")
           .get_value(objects<plain::Person>[i & mask])
           .get_value<int>());
}
inline void rttr_data_set(std::size_t i) {
  rttr::type::get<plain::Person>().get_property("age").set_value(objects<plain::Person>[i & mask],
                                                                 ints[i & mask]);
  stored();
}
inline void rttr_validated_set(std::size_t i) {
  auto& c = objects<hand::Component>[i & mask];
  rttr::type t = rttr::type::get<hand::Component>();
  t.get_property("name").set_value(c, names[i & 3]);
  t.get_property("kind").set_value(c, kinds[i & 3]);
  t.get_property("quantity").set_value(c, ints[i & mask]);
  stored();
}
inline void rttr_method_call(std::size_t i) {
  keep(rttr::type::get<plain::Counter>()
           .get_method("add")
           .invoke(objects<plain::Counter>[i & mask], ints[i & mask])
           .get_value<int>());
}
inline void rttr_property_get(std::size_t i) {
  keep(rttr::type::get<plain::Temperature>()
           .get_property("celsius")
           .get_value(objects<plain::Temperature>[i & mask])
           .get_value<double>());
}
inline void rttr_inherit5_get(std::size_t i) {
  keep(rttr::type::get<rt::R4>()
           .get_property("a")
           .get_value(objects<rt::R4>[i & mask])
           .get_value<int>());
}

inline void fill_rttr() {
  for (std::size_t i = 0; i != count; ++i) objects<rt::R4>[i].a = ints[i];
}

}  // namespace bench

#define DESCR_BENCH_RTTR(X)                                     \
  X("field_get", "rttr", bench::rttr_field_get)                  \
  X("field_set", "rttr", bench::rttr_field_set)                  \
  X("data_descriptor_get", "rttr", bench::rttr_data_get)         \
  X("data_descriptor_set", "rttr", bench::rttr_data_set)         \
  X("validated_set", "rttr", bench::rttr_validated_set)          \
  X("method_call", "rttr", bench::rttr_method_call)              \
  X("property_get", "rttr", bench::rttr_property_get)            \
  X("inherit5_get", "rttr", bench::rttr_inherit5_get)
