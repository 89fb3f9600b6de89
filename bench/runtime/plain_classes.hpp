// The plain structs of the run-time benchmarks and the Component checked by hand: standard C++17,
// so that peers_rttr.cpp (RTTR 0.9.6 does not compile as C++20 with clang 19) can use them.
#pragma once
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

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

// Strong: each string is stored as descr's validators store it, with the strong guarantee
// whatever the string's capacity (made beside the old value, then moved in), to measure what
// that guarantee costs against a plain copy-assignment.
struct assign {};
struct strong {};
template <class Store>
class ComponentT {
 public:
  const std::string& name() const { return name_; }
  void set_name(const std::string& v) {
    std::size_t n = code_points(v);
    if (n < 3) throw std::invalid_argument("Expected '" + v + "' to be no smaller than 3");
    if (n > 10) throw std::invalid_argument("Expected '" + v + "' to be no bigger than 10");
    if (!is_upper(v))
      throw std::invalid_argument("Expected <method 'isupper' of 'str' objects> to be true");
    store(name_, v);
  }
  void set_kind(const std::string& v) {
    if (v != "wood" && v != "metal" && v != "plastic")
      throw std::invalid_argument("Expected '" + v + "' to be one of {'wood', 'metal', 'plastic'}");
    store(kind_, v);
  }
  void set_quantity(int v) {
    if (v < 0) throw std::invalid_argument("Expected " + std::to_string(v) + " to be at least 0");
    quantity_ = v;
  }
  const std::string& kind() const { return kind_; }
  int quantity() const { return quantity_; }

 private:
  static void store(std::string& to, const std::string& v) {
    if constexpr (std::is_same_v<Store, strong>) {
      std::string made(v);
      to = std::move(made);
    } else {
      to = v;
    }
  }
  std::string name_, kind_;
  int quantity_ = 0;
};
using Component = ComponentT<assign>;
using StrongComponent = ComponentT<strong>;

}  // namespace hand
