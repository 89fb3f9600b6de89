// RTTR (Debian librttr-dev), a run-time reflection library: the plain classes registered with
// their properties and methods, each access looked up by name, as a user reaching properties
// by name writes it. Defined in peers_rttr.cpp, compiled as C++17: RTTR 0.9.6's headers do not
// compile as C++20 with clang 19 (std::vector<rttr::argument> of an incomplete type), so these
// are calls into another translation unit (a call costs about a nanosecond; RTTR's work is
// tens of nanoseconds).
#pragma once
#include <cstddef>

namespace bench {
void rttr_field_get(std::size_t i);
void rttr_field_set(std::size_t i);
void rttr_data_get(std::size_t i);
void rttr_data_set(std::size_t i);
void rttr_validated_set(std::size_t i);
void rttr_method_call(std::size_t i);
void rttr_property_get(std::size_t i);
void rttr_inherit5_get(std::size_t i);
void fill_rttr();
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
