// descr::name_of<C> (name_of.hpp): Python's C.__name__, unqualified, at compile time.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/name_of.hpp>

#include <descr/layout.hpp>
#include <descr/object.hpp>

#include <doctest/doctest.h>

#include <string_view>

namespace {
struct Diamond : descr::object<Diamond> {};
struct K1 : descr::object<K1, descr::bases<Diamond>> {};
}  // namespace

TEST_CASE("name_of is the unqualified class name") {
  static_assert(descr::name_of<Diamond> == "Diamond");
  static_assert(descr::name_of<K1> == "K1");
}

namespace outer_ns::inner_ns {
struct Namespaced {};
template <class T>
struct Box {};
template <class T>
struct Outer {
  struct Inner {};
};
}  // namespace outer_ns::inner_ns

struct Enclosing {
  struct Nested {
    struct Deeper {};
  };
};

namespace {
constexpr std::string_view local_name() {
  struct Local {};
  return descr::name_of<Local>;
}
}  // namespace

TEST_CASE("nested, namespaced and local classes: the innermost name, as __name__") {
  // class Enclosing:
  //     class Nested:
  //         class Deeper: pass
  // def f():
  //     class Local: pass
  //     return Local
  // print(Enclosing.Nested.__name__, Enclosing.Nested.Deeper.__name__, f().__name__)
  //                                                          # Nested Deeper Local
  // A class of a module is named without it too: collections.OrderedDict.__name__ is
  // 'OrderedDict'.
  static_assert(descr::name_of<Enclosing> == "Enclosing");
  static_assert(descr::name_of<Enclosing::Nested> == "Nested");
  static_assert(descr::name_of<Enclosing::Nested::Deeper> == "Deeper");
  static_assert(descr::name_of<outer_ns::inner_ns::Namespaced> == "Namespaced");
  static_assert(local_name() == "Local");
}

TEST_CASE("a class template's name keeps its arguments; only its own scope is dropped") {
  using namespace outer_ns::inner_ns;
  static_assert(descr::name_of<Box<int>> == "Box<int>");
  static_assert(descr::name_of<Box<Namespaced>> == "Box<outer_ns::inner_ns::Namespaced>");
  // g++ spells the closing brackets "> >", clang ">>".
  static_assert(descr::name_of<Box<Box<Enclosing::Nested>>> ==
                    "Box<outer_ns::inner_ns::Box<Enclosing::Nested> >" ||
                descr::name_of<Box<Box<Enclosing::Nested>>> ==
                    "Box<outer_ns::inner_ns::Box<Enclosing::Nested>>");
  static_assert(descr::name_of<Outer<Namespaced>::Inner> == "Inner");
  // Brackets inside the arguments do not end the name (g++ spells "int [3]", clang "int[3]").
  static_assert(descr::name_of<Box<int[3]>> == "Box<int [3]>" ||
                descr::name_of<Box<int[3]>> == "Box<int[3]>");
}

namespace {
struct Renamed : descr::object<Renamed> {
  static constexpr std::string_view descr_name = "Person";
};
struct PlainRenamed {
  static constexpr const char* descr_name = "Plain";
};
}  // namespace

TEST_CASE("a class may give its own name with descr_name") {
  // class Renamed: pass
  // Renamed.__name__ = 'Person'; print(Renamed.__name__)   # Person
  static_assert(descr::name_of<Renamed> == "Person");
  static_assert(descr::name_of<PlainRenamed> == "Plain");
}
