// functools.cached_property (builtins/cached_property.hpp): computed on the first read, stored
// in the instance under the attribute's own name, forgotten by delattr; beyond Python, the
// attributes it depends on.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/builtins/cached_property.hpp>

#include <descr/access.hpp>
#include <descr/errors.hpp>
#include <descr/layout.hpp>
#include <descr/lookup.hpp>
#include <descr/object.hpp>
#include <descr/reflect.hpp>
#include <descr/repr.hpp>

#include <doctest/doctest.h>

#include <string>
#include <type_traits>
#include <variant>

// from functools import cached_property
// class Square:
//     computed = 0
//     def __init__(self, side): self.side = side
//     @cached_property
//     def area(self):
//         Square.computed += 1
//         return self.side * self.side
namespace {
int computed = 0;
struct Square : descr::object<Square,
    descr::field<"side", double>,
    descr::attr<"area", descr::cached_property{[](auto& self) -> double {
      ++computed;
      return descr::getattr<"side">(self) * descr::getattr<"side">(self);
    }}>> {
  explicit Square(double side) { descr::setattr<"side">(*this, side); }
};
}  // namespace

TEST_CASE("computed on the first read, from the state then, and stored under its own name") {
  // s = Square(3); print(vars(s))                           # {'side': 3}
  // print(s.area, s.area, Square.computed, vars(s))         # 9 9 1 {'side': 3, 'area': 9}
  // s.side = 4; print(s.area, Square.computed)              # 9 1
  computed = 0;
  Square s(3);
  CHECK(descr::repr(descr::vars(s)) == "{'side': 3.0}");
  CHECK(descr::getattr<"area">(s) == 9);
  CHECK(descr::getattr<"area">(s) == 9);
  CHECK(computed == 1);
  CHECK(descr::repr(descr::vars(s)) == "{'side': 3.0, 'area': 9.0}");
  descr::setattr<"side">(s, 4.0);
  CHECK(descr::getattr<"area">(s) == 9);  // no dependency declared: never recomputed
  CHECK(computed == 1);
  // The instance rule answers: the entry when it is there, the descriptor's get otherwise.
  static_assert(descr::resolution<Square, "area"> == descr::rule::instance);
  static_assert(std::is_same_v<decltype(descr::getattr<"area">(s)), double>);
}

TEST_CASE("delattr forgets the value: the next read computes it again") {
  // del s.area; print(s.area, Square.computed, vars(s))    # 16 2 {'side': 4, 'area': 16}
  computed = 0;
  Square s(3);
  CHECK(descr::getattr<"area">(s) == 9);
  descr::setattr<"side">(s, 4.0);
  descr::delattr<"area">(s);
  CHECK(descr::repr(descr::vars(s)) == "{'side': 4.0}");
  CHECK(descr::getattr<"area">(s) == 16);
  CHECK(computed == 2);
}

TEST_CASE("setattr before the first read stores a value, and the function never runs") {
  // t = Square(5); t.area = 1.5; print(t.area, Square.computed, vars(t))
  //                                                   # 1.5 0 {'side': 5, 'area': 1.5}
  computed = 0;
  Square t(5);
  descr::setattr<"area">(t, 1.5);
  CHECK(descr::getattr<"area">(t) == 1.5);
  CHECK(computed == 0);
  CHECK(descr::repr(descr::vars(t)) == "{'side': 5.0, 'area': 1.5}");
}

TEST_CASE("delattr before the first read raises AttributeError") {
  // u = Square(2); del u.area     # AttributeError: 'Square' object has no attribute 'area'
  computed = 0;
  Square u(2);
  CHECK_THROWS_WITH_AS(descr::delattr<"area">(u), "'Square' object has no attribute 'area'",
                       descr::attribute_error);
  CHECK(computed == 0);
}

TEST_CASE("class access gives the descriptor; hasattr computes, as Python's does") {
  // print(type(Square.area).__name__, Square.area.func(Square(6)))   # cached_property 36
  // u = Square(2); print(hasattr(u, 'area'), vars(u))                # True {'side': 2, 'area': 4}
  const auto& d = descr::getattr<"area">(descr::type<Square>);
  CHECK(&d == &descr::getattr_static<"area">(descr::type<Square>));
  computed = 0;
  Square six(6);
  CHECK(d.func(six) == 36);
  Square u(2);
  CHECK(descr::hasattr<"area">(u));
  CHECK(descr::repr(descr::vars(u)) == "{'side': 2.0, 'area': 4.0}");
}

TEST_CASE("a read through a const reference fills the cache") {
  // Python has no const; the cache is logically mutable (README, decisions).
  computed = 0;
  Square s(3);
  const Square& cs = s;
  CHECK(descr::getattr<"area">(cs) == 9);
  CHECK(descr::getattr<"area">(cs) == 9);
  CHECK(computed == 1);
  CHECK(descr::vars(s).contains("area"));
}

namespace {
int labels = 0;
struct Tag : descr::object<Tag,
    descr::field<"n", int>,
    descr::attr<"label", descr::cached_property{[](auto& self) -> std::string {
      ++labels;
      return "tag " + std::to_string(descr::getattr<"n">(self));
    }}>> {};
}  // namespace

TEST_CASE("a cached object of class type is read by reference, not copied") {
  Tag t;
  const Tag& ct = t;
  static_assert(std::is_same_v<decltype(descr::getattr<"label">(t)), std::string&>);
  static_assert(std::is_same_v<decltype(descr::getattr<"label">(ct)), const std::string&>);
  const std::string& first = descr::getattr<"label">(t);
  CHECK(first == "tag 0");
  CHECK(&descr::getattr<"label">(t) == &first);
  CHECK(labels == 1);
}

namespace {
// class Cube(Square): pass
// class Flat(Square): area = 0
struct Cube : descr::object<Cube, descr::bases<Square>> {
  explicit Cube(double side) { descr::setattr<"side">(*this, side); }
};
struct Flat : descr::object<Flat, descr::bases<Square>, descr::classvar<"area", 0>> {};
}  // namespace

TEST_CASE("a subclass inherits the cached property; a class variable of a subclass hides it") {
  // c = Cube(2); print(c.area, vars(c))   # 4 {'side': 2, 'area': 4}
  // f = Flat(3); print(f.area)            # 0
  Cube c(2);
  CHECK(descr::getattr<"area">(c) == 4);
  CHECK(descr::repr(descr::vars(c)) == "{'side': 2.0, 'area': 4.0}");
  Flat f;
  CHECK(descr::repr(descr::getattr<"area">(f)) == "0");  // the entry (double) or the class variable
  static_assert(std::is_same_v<decltype(descr::getattr<"area">(f)), std::variant<double, int>>);
}

// Beyond Python: declared dependencies. The Python below is what the C++ does, written out.
// class Rect:
//     computed = 0
//     def __init__(self, w, h): self.w, self.h = w, h
//     @cached_property
//     def area(self): Rect.computed += 1; return self.w * self.h
//     def __setattr__(self, name, value):
//         super().__setattr__(name, value)
//         if name in ('w', 'h'): self.__dict__.pop('area', None)
//     def __delattr__(self, name):
//         super().__delattr__(name)
//         if name in ('w', 'h'): self.__dict__.pop('area', None)
namespace {
int rect_computed = 0;
struct Rect : descr::object<Rect,
    descr::field<"w", int>,
    descr::field<"h", int, descr::absentable>,
    descr::field<"label", std::string>,
    descr::attr<"area", descr::cached_property{[](auto& self) -> int {
      ++rect_computed;
      return descr::getattr<"w">(self) * descr::getattr<"h">(self);
    }, descr::depends_on<"w", "h">}>> {
  Rect(int w, int h) {
    descr::setattr<"w">(*this, w);
    descr::setattr<"h">(*this, h);
  }
};
struct Tile : descr::object<Tile, descr::bases<Rect>> {
  Tile() { descr::setattr<"w">(*this, 2); }
};
}  // namespace

TEST_CASE("depends_on: setting or deleting a dependency forgets the value; other writes keep it") {
  // r = Rect(2, 3); print(r.area, Rect.computed)        # 6 1
  // r.label = 'x'; print(r.area, Rect.computed)         # 6 1
  // r.w = 4; print(vars(r)); print(r.area, Rect.computed)
  //                                # {'w': 4, 'h': 3, 'label': 'x'} / 12 2
  // r.area; del r.h; print('area' in vars(r))            # False
  rect_computed = 0;
  Rect r(2, 3);
  CHECK(descr::getattr<"area">(r) == 6);
  CHECK(rect_computed == 1);
  descr::setattr<"label">(r, "x");
  CHECK(descr::getattr<"area">(r) == 6);
  CHECK(rect_computed == 1);
  descr::setattr<"w">(r, 4);
  CHECK_FALSE(descr::vars(r).contains("area"));
  CHECK(descr::getattr<"area">(r) == 12);
  CHECK(rect_computed == 2);
  descr::delattr<"h">(r);
  CHECK_FALSE(descr::vars(r).contains("area"));
  // A value set by hand is forgotten too, and forgetting an empty cache is no error.
  descr::setattr<"h">(r, 1);
  descr::setattr<"area">(r, 100);
  descr::setattr<"w">(r, 5);
  descr::setattr<"w">(r, 6);
  CHECK(descr::getattr<"area">(r) == 6);
}

TEST_CASE("depends_on holds in a subclass that inherits the cached property") {
  rect_computed = 0;
  Tile t;
  descr::setattr<"h">(t, 5);
  CHECK(descr::getattr<"area">(t) == 10);
  descr::setattr<"h">(t, 6);
  CHECK(descr::getattr<"area">(t) == 12);
  CHECK(rect_computed == 2);
}
