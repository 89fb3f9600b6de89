// One iteration of each workload for the plain struct, the hand-written checks and descr.
// Each takes the iteration number i, which picks the object and the input.
#pragma once
#include "classes.hpp"
#include "data.hpp"

namespace bench {

// The empty loop: what the loop itself costs (subtracted from the instruction counts).
inline void empty(std::size_t i) { keep(i); }

// A field.
inline void plain_field_get(std::size_t i) { keep(objects<plain::Point>[i & mask].x); }
inline void descr_field_get(std::size_t i) {
  keep(descr::getattr<"x">(objects<dsc::Point>[i & mask]));
}
inline void plain_field_set(std::size_t i) {
  objects<plain::Point>[i & mask].x = ints[i & mask];
  stored();
}
inline void descr_field_set(std::size_t i) {
  descr::setattr<"x">(objects<dsc::Point>[i & mask], ints[i & mask]);
  stored();
}

// A data descriptor whose get and set reach a field (plain: accessors).
inline void plain_data_get(std::size_t i) { keep(objects<plain::Person>[i & mask].age()); }
inline void descr_data_get(std::size_t i) {
  keep(descr::getattr<"age">(objects<dsc::Person>[i & mask]));
}
inline void plain_data_set(std::size_t i) {
  objects<plain::Person>[i & mask].set_age(ints[i & mask]);
  stored();
}
inline void descr_data_set(std::size_t i) {
  descr::setattr<"age">(objects<dsc::Person>[i & mask], ints[i & mask]);
  stored();
}

// The HowTo's Component: its three fields set with valid values.
inline void plain_validated_set(std::size_t i) {
  auto& c = objects<plain::Component>[i & mask];
  c.name = names[i & 3];
  c.kind = kinds[i & 3];
  c.quantity = ints[i & mask];
  stored();
}
inline void hand_validated_set(std::size_t i) {
  auto& c = objects<hand::Component>[i & mask];
  c.set_name(names[i & 3]);
  c.set_kind(kinds[i & 3]);
  c.set_quantity(ints[i & mask]);
  stored();
}
inline void hand_strong_validated_set(std::size_t i) {
  auto& c = objects<hand::StrongComponent>[i & mask];
  c.set_name(names[i & 3]);
  c.set_kind(kinds[i & 3]);
  c.set_quantity(ints[i & mask]);
  stored();
}
inline void descr_validated_set(std::size_t i) {
  auto& c = objects<dsc::Component>[i & mask];
  descr::setattr<"name">(c, names[i & 3]);
  descr::setattr<"kind">(c, kinds[i & 3]);
  descr::setattr<"quantity">(c, ints[i & mask]);
  stored();
}
inline void descr_int_validated_set(std::size_t i) {
  auto& c = objects<dsc::ComponentInt>[i & mask];
  descr::setattr<"name">(c, names[i & 3]);
  descr::setattr<"kind">(c, kinds[i & 3]);
  descr::setattr<"quantity">(c, ints[i & mask]);
  stored();
}

// A method called through a bound method.
inline void plain_method_call(std::size_t i) {
  keep(objects<plain::Counter>[i & mask].add(ints[i & mask]));
}
inline void descr_method_call(std::size_t i) {
  keep(descr::getattr<"add">(objects<dsc::Counter>[i & mask])(ints[i & mask]));
}

// A property's read (plain: a const member function).
inline void plain_property_get(std::size_t i) {
  keep(objects<plain::Temperature>[i & mask].celsius());
}
inline void descr_property_get(std::size_t i) {
  keep(descr::getattr<"celsius">(objects<dsc::Temperature>[i & mask]));
}

// A cached_property whose value is there (plain: an optional tested on each read).
inline void plain_cached_hit(std::size_t i) { keep(objects<plain::Square>[i & mask].area()); }
inline void descr_cached_hit(std::size_t i) {
  keep(descr::getattr<"area">(objects<dsc::Square>[i & mask]));
}

// A class variable read from an instance.
inline void plain_classvar_get(std::size_t i) { keep(objects<plain::Point>[i & mask].kind); }
inline void descr_classvar_get(std::size_t i) {
  keep(descr::getattr<"kind">(objects<dsc::Point>[i & mask]));
}

// A field of the base-most class of five, read through the most-derived one.
inline void plain_inherit5_get(std::size_t i) { keep(objects<plain::B4>[i & mask].a); }
inline void descr_inherit5_get(std::size_t i) {
  keep(descr::getattr<"a">(objects<dsc::B4>[i & mask]));
}

// Gives every object its starting values (the caches filled: the workload is a hit).
inline void fill_native() {
  fill_inputs();
  for (std::size_t i = 0; i != count; ++i) {
    objects<plain::Point>[i].x = ints[i];
    descr::setattr<"x">(objects<dsc::Point>[i], ints[i]);
    objects<plain::Person>[i].years = ints[i];
    descr::setattr<"years">(objects<dsc::Person>[i], ints[i]);
    objects<plain::Temperature>[i].kelvin = doubles[i];
    descr::setattr<"kelvin">(objects<dsc::Temperature>[i], doubles[i]);
    objects<plain::Square>[i].side = doubles[i];
    objects<plain::Square>[i].area();
    descr::setattr<"side">(objects<dsc::Square>[i], doubles[i]);
    descr::getattr<"area">(objects<dsc::Square>[i]);
    objects<plain::B4>[i].a = ints[i];
    descr::setattr<"a">(objects<dsc::B4>[i], ints[i]);
    hand_validated_set(i);
    hand_strong_validated_set(i);
    plain_validated_set(i);
    descr_validated_set(i);
    descr_int_validated_set(i);
  }
}

}  // namespace bench

// workload, variant, function: the list both drivers register.
#define DESCR_BENCH_NATIVE(X)                                            \
  X("empty", "empty", bench::empty)                                       \
  X("field_get", "plain", bench::plain_field_get)                         \
  X("field_get", "descr", bench::descr_field_get)                         \
  X("field_set", "plain", bench::plain_field_set)                         \
  X("field_set", "descr", bench::descr_field_set)                         \
  X("data_descriptor_get", "plain", bench::plain_data_get)                \
  X("data_descriptor_get", "descr", bench::descr_data_get)                \
  X("data_descriptor_set", "plain", bench::plain_data_set)                \
  X("data_descriptor_set", "descr", bench::descr_data_set)                \
  X("validated_set", "plain", bench::plain_validated_set)                 \
  X("validated_set", "hand", bench::hand_validated_set)                   \
  X("validated_set", "hand_strong", bench::hand_strong_validated_set)     \
  X("validated_set", "descr", bench::descr_validated_set)                 \
  X("validated_set", "descr_int", bench::descr_int_validated_set)         \
  X("method_call", "plain", bench::plain_method_call)                     \
  X("method_call", "descr", bench::descr_method_call)                     \
  X("property_get", "plain", bench::plain_property_get)                   \
  X("property_get", "descr", bench::descr_property_get)                   \
  X("cached_property_hit", "plain", bench::plain_cached_hit)              \
  X("cached_property_hit", "descr", bench::descr_cached_hit)              \
  X("classvar_get", "plain", bench::plain_classvar_get)                   \
  X("classvar_get", "descr", bench::descr_classvar_get)                   \
  X("inherit5_get", "plain", bench::plain_inherit5_get)                   \
  X("inherit5_get", "descr", bench::descr_inherit5_get)
