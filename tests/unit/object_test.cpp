// descr::object (object.hpp): a descr class holds the instance entries of its whole MRO, once
// each, at a plain struct's size; and the Object concept.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/object.hpp>

#include <descr/access.hpp>
#include <descr/layout.hpp>
#include <descr/reflect.hpp>
#include <descr/repr.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace {
struct Top : descr::object<Top, descr::field<"t", int>, descr::classvar<"x", 1>> {};
struct Left : descr::object<Left, descr::bases<Top>, descr::field<"l", int>> {};
struct Right : descr::object<Right, descr::bases<Top>, descr::field<"r", int>,
                             descr::classvar<"x", 2>> {};
struct Diamond : descr::object<Diamond, descr::bases<Left, Right>, descr::field<"t", int>> {};
struct PlainDiamond {
  int t, r, l;
};
}  // namespace

TEST_CASE("a diamond holds one copy of the shared base's fields, and lookup follows the MRO") {
  // class Top: x = 1
  // class Left(Top): pass
  // class Right(Top): x = 2
  // class Diamond(Left, Right): pass
  // d = Diamond(); d.t = 1; d.l = 2; d.r = 3; print(d.x)   # 2
  // descr lists entries in declaration order, base-most class first; Python's vars in
  // insertion order.
  static_assert(sizeof(Diamond) == sizeof(PlainDiamond));
  Diamond d;
  descr::setattr<"t">(d, 1);
  descr::setattr<"l">(d, 2);
  descr::setattr<"r">(d, 3);
  CHECK(descr::getattr<"x">(d) == 2);  // Right comes before Top
  CHECK(descr::repr(descr::vars(d)) == "{'t': 1, 'r': 3, 'l': 2}");
}

namespace {
struct GA : descr::object<GA, descr::classvar<"x", 1>, descr::field<"f", int>> {};
struct GB : descr::object<GB, descr::bases<GA>, descr::classvar<"x", 2>> {};
struct GC : descr::object<GC, descr::bases<GB>, descr::field<"f", int>> {};
struct GD : descr::object<GD, descr::bases<GC>, descr::classvar<"x", 4>> {};
}  // namespace

TEST_CASE("a field declared again further down the MRO is the same entry") {
  // class GA: pass
  // class GC(GA): pass
  // g = GC(); g.f = 5; print(vars(g))   # {'f': 5}
  // A field declared again is the same entry: one int, at the base's place.
  static_assert(sizeof(GD) == sizeof(int));
  GD d;
  descr::setattr<"f">(d, 5);
  CHECK(descr::repr(descr::vars(d)) == "{'f': 5}");
}

// A chain of five classes: the third redeclares a class variable of the first, the fourth a
// field of the first, after the bases' entries outgrew the smallest table of their names, so
// that the table was rebuilt (detail/unique_names.hpp, entry_set_capacity: 65 slots hold 32
// names); the classes after each redeclaration only append. Python's answers:
//   class H0: x = 0            # and instance attributes a0 ... a4
//   class H1(H0): y = 1        # b0 ... b29
//   class H2(H1): x = 2        # c0 ... c4
//   class H3(H2): z = 3        # d0, d1, a2 again, d2, d3, d4
//   class H4(H3): pass         # e0 ... e4
//   h = H4(); h.a2 = 7
//   print(H4.x, H4.y, H4.z, H1.x, len(vars(h)), list(vars(h))[:4], list(vars(h))[-1], h.a2)
//   # 2 1 3 0 50 ['a0', 'a1', 'a2', 'a3'] e4 7
namespace {
struct H0 : descr::object<H0, descr::classvar<"x", 0>, descr::field<"a0", int>,
                          descr::field<"a1", int>, descr::field<"a2", int>,
                          descr::field<"a3", int>, descr::field<"a4", int>> {};
struct H1 : descr::object<H1, descr::bases<H0>, descr::classvar<"y", 1>,
                          descr::field<"b0", int>, descr::field<"b1", int>,
                          descr::field<"b2", int>, descr::field<"b3", int>,
                          descr::field<"b4", int>, descr::field<"b5", int>,
                          descr::field<"b6", int>, descr::field<"b7", int>,
                          descr::field<"b8", int>, descr::field<"b9", int>,
                          descr::field<"b10", int>, descr::field<"b11", int>,
                          descr::field<"b12", int>, descr::field<"b13", int>,
                          descr::field<"b14", int>, descr::field<"b15", int>,
                          descr::field<"b16", int>, descr::field<"b17", int>,
                          descr::field<"b18", int>, descr::field<"b19", int>,
                          descr::field<"b20", int>, descr::field<"b21", int>,
                          descr::field<"b22", int>, descr::field<"b23", int>,
                          descr::field<"b24", int>, descr::field<"b25", int>,
                          descr::field<"b26", int>, descr::field<"b27", int>,
                          descr::field<"b28", int>, descr::field<"b29", int>> {};
struct H2 : descr::object<H2, descr::bases<H1>, descr::classvar<"x", 2>, descr::field<"c0", int>,
                          descr::field<"c1", int>, descr::field<"c2", int>,
                          descr::field<"c3", int>, descr::field<"c4", int>> {};
struct H3 : descr::object<H3, descr::bases<H2>, descr::classvar<"z", 3>, descr::field<"d0", int>,
                          descr::field<"d1", int>, descr::field<"a2", int>,
                          descr::field<"d2", int>, descr::field<"d3", int>,
                          descr::field<"d4", int>> {};
struct H4 : descr::object<H4, descr::bases<H3>, descr::field<"e0", int>, descr::field<"e1", int>,
                          descr::field<"e2", int>, descr::field<"e3", int>,
                          descr::field<"e4", int>> {};
}  // namespace

TEST_CASE("along a chain, a redeclared class variable hides the base's and a redeclared field is one entry") {
  CHECK(descr::getattr<"x">(descr::type<H4>) == 2);
  CHECK(descr::getattr<"y">(descr::type<H4>) == 1);
  CHECK(descr::getattr<"z">(descr::type<H4>) == 3);
  CHECK(descr::getattr<"x">(descr::type<H1>) == 0);
  static_assert(sizeof(H4) == 50 * sizeof(int));
  H4 h;
  descr::setattr<"a2">(h, 7);
  CHECK(descr::vars(h).size() == 50);
  std::string first;
  std::string_view last;
  int n = 0;
  descr::vars(h).for_each([&](std::string_view name, const auto&) {
    if (n++ < 4) first += std::string(name) + " ";
    last = name;
  });
  CHECK(first == "a0 a1 a2 a3 ");
  CHECK(last == "e4");
  CHECK(descr::getattr<"a2">(h) == 7);
}

namespace {
struct OnlyClassAttributes : descr::object<OnlyClassAttributes, descr::classvar<"x", 1>,
                                           descr::classvar<"y", 2.5>> {};
struct Mixed : descr::object<Mixed, descr::field<"c", char>, descr::field<"d", double>,
                             descr::field<"i", int>> {};
struct PlainMixed {
  char c;
  double d;
  int i;
};
struct WithAbsent : descr::object<WithAbsent, descr::field<"i", int, descr::absentable>> {};
}  // namespace

TEST_CASE("an object is as big as a plain struct of its fields; class attributes take no space") {
  static_assert(std::is_empty_v<OnlyClassAttributes>);
  static_assert(sizeof(Mixed) == sizeof(PlainMixed));
  static_assert(alignof(Mixed) == alignof(PlainMixed));
  static_assert(sizeof(WithAbsent) == sizeof(std::optional<int>));
}

TEST_CASE("a descr object is a value: a copy has its own entries") {
  // import copy
  // class P: pass
  // p = P(); p.n = 1; q = copy.copy(p); q.n = 2; print(p.n, q.n)   # 1 2
  Diamond d;
  descr::setattr<"t">(d, 1);
  Diamond e = d;
  descr::setattr<"t">(e, 2);
  CHECK(descr::getattr<"t">(d) == 1);
  CHECK(descr::getattr<"t">(e) == 2);
}

TEST_CASE("Object is true of descr classes only, whatever their references and qualifiers") {
  static_assert(descr::Object<Diamond>);
  static_assert(descr::Object<const Diamond&>);
  static_assert(descr::Object<Top&&>);
  static_assert(descr::Object<OnlyClassAttributes>);
  static_assert(!descr::Object<PlainDiamond>);
  static_assert(!descr::Object<int>);
  static_assert(!descr::Object<Diamond*>);
}

namespace {
// A user-written descriptor that rejects its own constants (constant_error), and counts how
// often its set_name ran.
struct Range {
  int lo = 0, hi = 0;
  int named = 0;
  constexpr std::string_view constant_error() const {
    return lo > hi ? "lo is greater than hi" : "";
  }
  constexpr void set_name(auto, std::string_view) { ++named; }
  int get(auto&) const { return hi - lo + named * 100; }
};
struct Gauge : descr::object<Gauge, descr::attr<"level", Range{.lo = 1, .hi = 5}>,
                             descr::attr<"flat", Range{.lo = 2, .hi = 2}>> {};
}  // namespace

TEST_CASE("a constant descriptor whose constant_error() is empty defines its class as usual") {
  // class Range:
  //     def __init__(self, lo, hi):
  //         if lo > hi: raise ValueError('lo is greater than hi')
  // class Gauge: level = Range(1, 5)   # fine; Range(5, 1) would stop the class body
  // The failing case is tests/compile_fail/descriptor_constant_rejected.cpp.
  static_assert(Range{.lo = 5, .hi = 1}.constant_error() == "lo is greater than hi");
  static_assert(Range{.lo = 1, .hi = 5}.constant_error().empty());
  Gauge g;
  CHECK(descr::getattr<"level">(g) == 104);  // set_name ran once, after the check
  CHECK(descr::getattr<"flat">(g) == 100);
}
