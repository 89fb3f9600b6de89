// The classes the run-time benchmarks use, each written three ways where it applies: a plain
// struct (the baseline), a descr class doing the same, and for the validated Component the
// same checks written by hand. The peers (RTTR, Qt) are in peers_rttr.hpp and peers_qt.hpp.
#pragma once
#include <descr/descr.hpp>
#include <descr/validators.hpp>

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace plain {

struct Point {
  int x = 0;
  static constexpr int kind = 5;
};

struct Person {                       // a data descriptor's get and set, written as accessors
  int years = 0;
  int age() const { return years; }
  void set_age(int v) { years = v; }
};

struct Counter {
  int n = 0;
  int add(int k) { return n += k; }
};

struct Temperature {
  double kelvin = 0;
  double celsius() const { return kelvin - 273.15; }
};

struct Square {                       // a cached property written by hand
  double side = 0;
  std::optional<double> area_cache;
  double area() {
    if (area_cache) return *area_cache;
    area_cache = side * side;
    return *area_cache;
  }
};

struct B0 { int a = 0; };             // five classes deep, the field in the base-most one
struct B1 : B0 { int b = 0; };
struct B2 : B1 { int c = 0; };
struct B3 : B2 { int d = 0; };
struct B4 : B3 { int e = 0; };

struct Component {                    // no validation at all: the floor
  std::string name, kind;
  int quantity = 0;
};

}  // namespace plain

// The HowTo's Component with String/OneOf/Number's checks written by hand, as a C++ engineer
// would: the same tests in the same order, the same exceptions, plain members.
namespace hand {

inline std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}
inline bool is_upper(std::string_view s) {
  bool cased = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    cased = cased || (c >= 'A' && c <= 'Z');
  }
  return cased;
}

class Component {
 public:
  const std::string& name() const { return name_; }
  void set_name(const std::string& v) {
    std::size_t n = code_points(v);
    if (n < 3) throw std::invalid_argument("Expected '" + v + "' to be no smaller than 3");
    if (n > 10) throw std::invalid_argument("Expected '" + v + "' to be no bigger than 10");
    if (!is_upper(v))
      throw std::invalid_argument("Expected <method 'isupper' of 'str' objects> to be true");
    name_ = v;
  }
  void set_kind(const std::string& v) {
    if (v != "wood" && v != "metal" && v != "plastic")
      throw std::invalid_argument("Expected '" + v + "' to be one of {'wood', 'metal', 'plastic'}");
    kind_ = v;
  }
  void set_quantity(int v) {
    if (v < 0) throw std::invalid_argument("Expected " + std::to_string(v) + " to be at least 0");
    quantity_ = v;
  }
  const std::string& kind() const { return kind_; }
  int quantity() const { return quantity_; }

 private:
  std::string name_, kind_;
  int quantity_ = 0;
};

}  // namespace hand

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
