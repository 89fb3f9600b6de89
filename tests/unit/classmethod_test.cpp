// descr::classmethod (builtins/classmethod.hpp): Python's classmethod, a non-data descriptor
// whose get binds the class the read starts from.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/builtins/classmethod.hpp>

#include <descr/access.hpp>
#include <descr/builtins/staticmethod.hpp>
#include <descr/layout.hpp>
#include <descr/lookup.hpp>
#include <descr/name_of.hpp>
#include <descr/object.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace {
constexpr auto who = descr::classmethod{[](auto cls, int x) {
  return std::pair{std::string(descr::name_of<typename decltype(cls)::type>), x};
}};
// class E:
//     @classmethod
//     def f(cls, x): return (cls.__name__, x)
// class F(E): pass
struct E : descr::object<E, descr::attr<"f", who>> {};
struct F : descr::object<F, descr::bases<E>> {};
using Func = std::remove_cvref_t<decltype(who.func)>;
}  // namespace

TEST_CASE("binds the class used: the object's class, or the class itself") {
  // print(E.f(1), E().f(2), F.f(3), F().f(4))   # ('E', 1) ('E', 2) ('F', 3) ('F', 4)
  E e;
  F f;
  CHECK(descr::getattr<"f">(descr::type<E>)(1) == std::pair{std::string("E"), 1});
  CHECK(descr::getattr<"f">(e)(2) == std::pair{std::string("E"), 2});
  CHECK(descr::getattr<"f">(descr::type<F>)(3) == std::pair{std::string("F"), 3});
  CHECK(descr::getattr<"f">(f)(4) == std::pair{std::string("F"), 4});
  // print(super(F, f).f(5), super(F, F).f(6))   # ('F', 5) ('F', 6): the original class
  CHECK(descr::getattr<"f">(descr::super<F>(f))(5) == std::pair{std::string("F"), 5});
  CHECK(descr::getattr<"f">(descr::super<F>(descr::type<F>))(6) == std::pair{std::string("F"), 6});
}

TEST_CASE("reading gives a bound method whose self is the class; the attribute stays the classmethod") {
  // print(E.f.__self__ is E, F().f.__self__ is F, E.f.__func__ is E.__dict__['f'].__func__)
  // True True True
  // print(type(E.__dict__['f']).__name__, E.f == E.f, E.f == F.f)   # classmethod True False
  auto m = descr::getattr<"f">(descr::type<E>);
  static_assert(std::is_same_v<decltype(m), descr::method<Func, const descr::type_t<E>, "f">>);
  CHECK(m.self == &descr::type<E>);
  CHECK(descr::getattr<"f">(F{}).self == &descr::type<F>);
  const auto& cm = descr::getattr_static<"f">(descr::type<E>);
  static_assert(std::is_same_v<decltype(cm), const descr::classmethod<Func>&>);
  CHECK(&m.func == &cm.func);
  CHECK(m == descr::getattr<"f">(descr::type<E>));
  CHECK_FALSE(m == descr::getattr<"f">(descr::type<F>));
  static_assert(descr::resolution<E, "f"> == descr::rule::non_data_descriptor);
}

TEST_CASE("by hand: get(obj, C), get(None, C) and get(obj) bind C, C and type(obj)") {
  // cm = E.__dict__['f']
  // print(cm.__get__(F(), E)(1), cm.__get__(None, F)(2), cm.__get__(F())(3))
  // ('E', 1) ('F', 2) ('F', 3)
  const auto& cm = descr::getattr_static<"f">(descr::type<E>);
  F f;
  CHECK(cm.get(f, descr::type<E>)(1) == std::pair{std::string("E"), 1});
  CHECK(cm.get(descr::none, descr::type<F>)(2) == std::pair{std::string("F"), 2});
  CHECK(cm.get(f)(3) == std::pair{std::string("F"), 3});
  static_assert(std::is_same_v<decltype(cm.get(f)), descr::method<Func, const descr::type_t<F>>>);
}

namespace {
// An alternate constructor: cls(...) builds an object of the class it is called on.
// class Point:
//     def __init__(self, x=0): self.x = x
//     @classmethod
//     def origin_plus(cls, dx): return cls(dx)
// class Point3(Point): pass
struct Point : descr::object<Point,
    descr::field<"x", int>,
    descr::attr<"origin_plus", descr::classmethod{[](auto cls, int dx) { return cls(dx); }}>> {
  Point() = default;
  explicit Point(int x) { descr::setattr<"x">(*this, x); }
};
struct Point3 : descr::object<Point3, descr::bases<Point>, descr::field<"z", int>> {
  Point3() = default;  // constructors are the class's own: descr::bases does not inherit them
  explicit Point3(int x) { descr::setattr<"x">(*this, x); }
};
}  // namespace

TEST_CASE("cls(args...) constructs the class the method was read from") {
  // p = Point3.origin_plus(2); print(type(p).__name__, p.x)   # Point3 2
  auto p = descr::getattr<"origin_plus">(descr::type<Point>)(1);
  static_assert(std::is_same_v<decltype(p), Point>);
  CHECK(descr::getattr<"x">(p) == 1);
  auto p3 = descr::getattr<"origin_plus">(descr::type<Point3>)(2);
  static_assert(std::is_same_v<decltype(p3), Point3>);
  CHECK(descr::getattr<"x">(p3) == 2);
  Point3 q;
  auto from_instance = descr::getattr<"origin_plus">(q)(3);
  static_assert(std::is_same_v<decltype(from_instance), Point3>);
  auto from_super = descr::getattr<"origin_plus">(descr::super<Point3>(q))(4);
  static_assert(std::is_same_v<decltype(from_super), Point3>);
  CHECK(descr::getattr<"x">(from_super) == 4);
}

namespace {
// class Shape:
//     @staticmethod
//     def make(size): return ('static', size)
//     def build(self, size): return self.make(size)
// class Square(Shape):
//     @classmethod
//     def make(cls, size): return (cls.__name__, size)
// class Big(Square): pass
struct Shape : descr::object<Shape,
    descr::attr<"make", descr::staticmethod{[](int size) {
      return std::pair{std::string("static"), size};
    }}>,
    descr::attr<"build", descr::function{[](auto& self, int size) {
      return descr::getattr<"make">(self)(size);
    }}>> {};
struct Square : descr::object<Square, descr::bases<Shape>,
    descr::attr<"make", descr::classmethod{[](auto cls, int size) {
      return std::pair{std::string(descr::name_of<typename decltype(cls)::type>), size};
    }}>> {};
struct Big : descr::object<Big, descr::bases<Square>> {};
}  // namespace

TEST_CASE("a subclass replaces a staticmethod by a classmethod; a base method dispatches") {
  // print(Shape().build(1), Square().build(2), Big().build(3))
  // ('static', 1) ('Square', 2) ('Big', 3)
  CHECK(descr::getattr<"build">(Shape{})(1) == std::pair{std::string("static"), 1});
  CHECK(descr::getattr<"build">(Square{})(2) == std::pair{std::string("Square"), 2});
  CHECK(descr::getattr<"build">(Big{})(3) == std::pair{std::string("Big"), 3});
  // print(super(Square, Big()).make(4))   # ('static', 4): Shape's, after Square in Big's MRO
  Big big;
  CHECK(descr::getattr<"make">(descr::super<Square>(big))(4) ==
        std::pair{std::string("static"), 4});
}
