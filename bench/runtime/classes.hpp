// The classes the run-time benchmarks use: the plain structs (the baseline) and the Component
// checked by hand (plain_classes.hpp), and descr classes doing the same. The peers (RTTR, Qt)
// are in peers_rttr.* and peers_qt.hpp.
#pragma once
#include <descr/descr.hpp>
#include <descr/validators.hpp>

#include "plain_classes.hpp"

namespace dsc {

struct Ten {
  int get(auto&, auto) const { return 10; }
};
struct Age {                          // the HowTo's simplest data descriptor: get/set a field
  int get(auto& obj) const { return descr::getattr<"years">(obj); }
  void set(auto& obj, int v) const { descr::setattr<"years">(obj, v); }
};

struct Point : descr::object<Point, descr::field<"x", int>, descr::classvar<"kind", 5>> {};

struct Person : descr::object<Person, descr::field<"years", int>, descr::attr<"age", Age{}>> {};

inline constexpr auto add = descr::function{[](auto& self, int k) {
  return descr::getattr<"n">(self) += k;
}};
struct Counter : descr::object<Counter, descr::field<"n", int>, descr::attr<"add", add>> {};

inline constexpr auto celsius = descr::property{
    [](auto& self) { return descr::getattr<"kelvin">(self) - 273.15; }};
struct Temperature
    : descr::object<Temperature, descr::field<"kelvin", double>, descr::attr<"celsius", celsius>> {};

inline constexpr auto area = descr::cached_property{[](auto& self) -> double {
  return descr::getattr<"side">(self) * descr::getattr<"side">(self);
}};
struct Square : descr::object<Square, descr::field<"side", double>, descr::attr<"area", area>> {};

struct B0 : descr::object<B0, descr::field<"a", int>> {};
struct B1 : descr::object<B1, descr::bases<B0>, descr::field<"b", int>> {};
struct B2 : descr::object<B2, descr::bases<B1>, descr::field<"c", int>> {};
struct B3 : descr::object<B3, descr::bases<B2>, descr::field<"d", int>> {};
struct B4 : descr::object<B4, descr::bases<B3>, descr::field<"e", int>> {};

// The HowTo's Component, as README.md writes it.
struct Component : descr::object<Component,
    descr::attr<"name", descr::String{.minsize = 3, .maxsize = 10, .predicate = descr::isupper}>,
    descr::attr<"kind", descr::OneOf{"wood", "metal", "plastic"}>,
    descr::attr<"quantity", descr::Number{.minvalue = 0}>> {};

// The same with the quantity stored as an int (descr::Number<int>) rather than as any Python
// number (int_or_float).
struct ComponentInt : descr::object<ComponentInt,
    descr::attr<"name", descr::String{.minsize = 3, .maxsize = 10, .predicate = descr::isupper}>,
    descr::attr<"kind", descr::OneOf{"wood", "metal", "plastic"}>,
    descr::attr<"quantity", descr::Number<int>{.minvalue = 0}>> {};

}  // namespace dsc
