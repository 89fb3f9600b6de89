// Python's __slots__ (builtins/member.hpp): descr::member<"x", T> is a data descriptor with its
// value inside the object, unset until assigned, outside the instance __dict__.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/builtins/member.hpp>

#include <descr/access.hpp>
#include <descr/errors.hpp>
#include <descr/hana.hpp>
#include <descr/layout.hpp>
#include <descr/lookup.hpp>
#include <descr/object.hpp>
#include <descr/reflect.hpp>
#include <descr/repr.hpp>

#include <boost/hana/at_key.hpp>
#include <boost/hana/string.hpp>
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace hana = boost::hana;

// class Pair:
//     __slots__ = ('left', 'right')
namespace {
struct Pair
    : descr::object<Pair, descr::member<"left", int>, descr::member<"right", std::string>> {};
}  // namespace

TEST_CASE("an unset member raises AttributeError on read and on del, each with Python's words") {
  // p = Pair(); p.left     # AttributeError: 'Pair' object has no attribute 'left'
  // del p.left             # AttributeError('left'): the message is the name alone
  Pair p;
  CHECK_THROWS_WITH_AS(descr::getattr<"left">(p), "'Pair' object has no attribute 'left'",
                       descr::attribute_error);
  CHECK_THROWS_WITH_AS(descr::delattr<"left">(p), "left", descr::attribute_error);
  static_assert(descr::resolution<Pair, "left"> == descr::rule::data_descriptor);
}

TEST_CASE("set, read and delete a member") {
  // p.left = 1; p.right = 'r'; print(p.left, p.right)         # 1 r
  // del p.left; print(hasattr(p, 'left'), getattr(p, 'left', 'default'))   # False default
  Pair p;
  descr::setattr<"left">(p, 1);
  descr::setattr<"right">(p, "r");
  CHECK(descr::getattr<"left">(p) == 1);
  CHECK(descr::getattr<"right">(p) == "r");
  descr::getattr<"left">(p) += 1;  // a reference to the stored value, as a field read gives
  CHECK(descr::getattr<"left">(p) == 2);
  descr::delattr<"left">(p);
  CHECK_FALSE(descr::hasattr<"left">(p));
  CHECK(descr::str(descr::getattr<"left">(p, "default")) == "default");
  const Pair& cp = p;
  static_assert(std::is_same_v<decltype(descr::getattr<"right">(cp)), const std::string&>);
}

TEST_CASE("class access gives the member object, which knows its name and class") {
  // print(repr(Pair.left), Pair.left.__name__, Pair.left.__objclass__.__name__)
  //                                            # <member 'left' of 'Pair' objects> left Pair
  const auto& left = descr::getattr<"left">(descr::type<Pair>);
  CHECK(descr::repr(left) == "<member 'left' of 'Pair' objects>");
  CHECK(left.name() == "left");
  CHECK(left.objclass_name() == "Pair");
  CHECK(descr::repr(descr::getattr<"right">(descr::type<Pair>)) ==
        "<member 'right' of 'Pair' objects>");
}

TEST_CASE("members are not in the instance __dict__: vars leaves them out, dir lists the members") {
  // try: vars(p)
  // except TypeError as e: print(e)      # vars() argument must have __dict__ attribute
  // print([n for n in dir(Pair) if not n.startswith('__')])   # ['left', 'right']
  // Pair has no __dict__, so vars(Pair()) does not compile (tests/compile_fail/vars_slotted.cpp).
  constexpr auto names = descr::dir<Pair>();
  static_assert(names.size() == 2 && names[0] == "left" && names[1] == "right");
}

// class Base: __slots__ = ('left',)
// class Derived(Base): __slots__ = ('right',)
namespace {
struct Base : descr::object<Base, descr::member<"left", int>> {};
struct Derived : descr::object<Derived, descr::bases<Base>, descr::member<"right", int>> {};
}  // namespace

TEST_CASE("members add up down a hierarchy: a base's member is inherited, not copied") {
  // d = Derived(); d.left = 1; d.right = 2
  // print(repr(Derived.left), repr(Derived.right), d.left, d.right)
  //              # <member 'left' of 'Base' objects> <member 'right' of 'Derived' objects> 1 2
  Derived d;
  descr::setattr<"left">(d, 1);
  descr::setattr<"right">(d, 2);
  CHECK(descr::getattr<"left">(d) == 1);
  CHECK(descr::getattr<"right">(d) == 2);
  CHECK(descr::repr(descr::getattr<"left">(descr::type<Derived>)) ==
        "<member 'left' of 'Base' objects>");
  CHECK(descr::repr(descr::getattr<"right">(descr::type<Derived>)) ==
        "<member 'right' of 'Derived' objects>");
  CHECK(&descr::getattr<"left">(descr::type<Derived>) ==
        &descr::getattr<"left">(descr::type<Base>));
  constexpr auto names = descr::dir<Derived>();
  static_assert(names.size() == 2 && names[0] == "left" && names[1] == "right");
}

// class Open: pass                     # a base without __slots__ gives the objects a __dict__
// class Point(Open): __slots__ = ('x',)
namespace {
struct Point : descr::object<Point,
    descr::field<"x", std::string, descr::absentable>,  // the instance __dict__ entry 'x'
    descr::member<"x", int>,
    descr::field<"_x", int>> {};                        // no clash with the member's storage
}  // namespace

TEST_CASE("a member is a data descriptor: it wins over an instance entry of its name") {
  // q = Point(); q.__dict__['x'] = 'entry'
  // q.x                  # AttributeError: 'Point' object has no attribute 'x'
  // q.x = 5; print(q.x, vars(q))   # 5 {'x': 'entry'}
  // del q.x; print(vars(q))        # {'x': 'entry'}
  Point q;
  hana::at_key(q, BOOST_HANA_STRING("x")) = "entry";
  CHECK_THROWS_WITH_AS(descr::getattr<"x">(q), "'Point' object has no attribute 'x'",
                       descr::attribute_error);
  descr::setattr<"x">(q, 5);
  CHECK(descr::getattr<"x">(q) == 5);
  descr::setattr<"_x">(q, 7);
  CHECK(descr::repr(descr::vars(q)) == "{'x': 'entry', '_x': 7}");
  descr::delattr<"x">(q);
  CHECK(descr::repr(descr::vars(q)) == "{'x': 'entry', '_x': 7}");
  static_assert(descr::resolution<Point, "x"> == descr::rule::data_descriptor);
}

// Layout: each member is a std::optional<T> (its value, then its presence flag), in declaration
// order, base-most class first: the hand-written struct with a flag beside each value. One
// difference: an entry after a member does not use the padding after the member's flag (the
// optional's tail padding), so the hand-written struct to compare with holds std::optionals.
namespace plain {
struct Pair {
  int left;
  bool left_set;
  int right;
  bool right_set;
};
struct Mixed {
  std::optional<char> c;
  std::optional<double> d;
  int n;  // a field
};
}  // namespace plain
namespace {
struct IntPair : descr::object<IntPair, descr::member<"left", int>, descr::member<"right", int>> {};
struct Mixed : descr::object<Mixed, descr::member<"c", char>, descr::member<"d", double>,
                             descr::field<"n", int>> {};
struct Deeper : descr::object<Deeper, descr::bases<Base>, descr::member<"right", int>> {};
static_assert(sizeof(IntPair) == sizeof(plain::Pair) && alignof(IntPair) == alignof(plain::Pair));
static_assert(sizeof(Mixed) == sizeof(plain::Mixed) && alignof(Mixed) == alignof(plain::Mixed));
static_assert(sizeof(Derived) == sizeof(plain::Pair));
static_assert(sizeof(Deeper) == sizeof(Derived));
}  // namespace

TEST_CASE("sizeof: the values and one presence flag each, nothing else") {
  Mixed m;
  descr::setattr<"d">(m, 2.5);
  descr::setattr<"n">(m, 3);
  auto at = [&](const auto& v) {
    return reinterpret_cast<const char*>(&v) - reinterpret_cast<const char*>(&m);
  };
  plain::Mixed pm{};
  auto plain_at = [&](const auto& v) {
    return reinterpret_cast<const char*>(&v) - reinterpret_cast<const char*>(&pm);
  };
  CHECK(at(descr::getattr<"d">(m)) == plain_at(pm.d));
  CHECK(at(descr::getattr<"n">(m)) == plain_at(pm.n));
}
