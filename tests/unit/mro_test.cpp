// C3 linearization (mro.hpp) and one instance dict per object (object.hpp).
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <boost/hana/equal.hpp>
#include <doctest/doctest.h>

namespace hana = boost::hana;

namespace {
struct O : descr::object<O> {};
struct A : descr::object<A, descr::bases<O>> {};
struct B : descr::object<B, descr::bases<O>> {};
struct C : descr::object<C, descr::bases<O>> {};
struct D : descr::object<D, descr::bases<O>> {};
struct E : descr::object<E, descr::bases<O>> {};
struct K1 : descr::object<K1, descr::bases<A, B, C>> {};
struct K2 : descr::object<K2, descr::bases<D, B, E>> {};
struct K3 : descr::object<K3, descr::bases<D, A>> {};
struct Z : descr::object<Z, descr::bases<K1, K2, K3>> {};

template <class... T>
constexpr auto types = hana::make_tuple(hana::type_c<T>...);
}  // namespace

TEST_CASE("single inheritance: the class, then its base's MRO") {
  static_assert(descr::mro<A> == types<A, O>);
  static_assert(descr::mro<O> == types<O>);
}

TEST_CASE("C3 on the classic example agrees with CPython") {
  // python3: ['Z', 'K1', 'K2', 'K3', 'D', 'A', 'B', 'C', 'E', 'O', 'object']
  static_assert(descr::mro<Z> == types<Z, K1, K2, K3, D, A, B, C, E, O>);
  static_assert(descr::mro<K1> == types<K1, A, B, C, O>);
}

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
  static_assert(descr::mro<Diamond> == types<Diamond, Left, Right, Top>);
  static_assert(sizeof(Diamond) == sizeof(PlainDiamond));
  Diamond d;
  descr::setattr<"t">(d, 1);
  descr::setattr<"l">(d, 2);
  descr::setattr<"r">(d, 3);
  CHECK(descr::getattr<"x">(d) == 2);  // Right comes before Top
  CHECK(descr::repr(descr::vars(d)) == "{'t': 1, 'r': 3, 'l': 2}");
}

TEST_CASE("issubclass and InstanceOf follow the MRO") {
  static_assert(descr::issubclass<Diamond, Top>);
  static_assert(descr::issubclass<Diamond, Diamond>);
  static_assert(!descr::issubclass<Top, Diamond>);
  static_assert(descr::InstanceOf<Z, O> && descr::InstanceOf<const Z&, K3>);
  static_assert(!descr::InstanceOf<K1, K2>);
}

namespace {
int read_t(descr::InstanceOf<Top> auto& obj) { return descr::getattr<"t">(obj); }
}  // namespace

TEST_CASE("functions written against a base take any instance of it") {
  Diamond d;
  descr::setattr<"t">(d, 42);
  Top t;
  descr::setattr<"t">(t, 7);
  CHECK(read_t(d) == 42);
  CHECK(read_t(t) == 7);
}

TEST_CASE("name_of is the unqualified class name") {
  static_assert(descr::name_of<Diamond> == "Diamond");
  static_assert(descr::name_of<K1> == "K1");
}

namespace {
struct P1 : descr::object<P1> {};
struct P2 : descr::object<P2> {};
struct X12 : descr::object<X12, descr::bases<P1, P2>> {};
struct X21 : descr::object<X21, descr::bases<P2, P1>> {};
}  // namespace

TEST_CASE("consistent_bases tells whether C3 can merge a list of bases") {
  static_assert(descr::consistent_bases<P1, P2>);
  static_assert(descr::consistent_bases<K1, K2, K3>);
  static_assert(!descr::consistent_bases<X12, X21>);  // Python: TypeError, bases P1, P2
  static_assert(!descr::consistent_bases<P1, P1>);     // duplicate base class
}

namespace {
// Overrides that skip classes of a chain: each class's own attributes take precedence over
// everything after it in the MRO, whether or not the classes in between redeclare them.
struct GA : descr::object<GA, descr::classvar<"x", 1>, descr::classvar<"y", 10>,
                          descr::classvar<"z", 100>, descr::field<"f", int>> {};
struct GB : descr::object<GB, descr::bases<GA>, descr::classvar<"x", 2>> {};
struct GC : descr::object<GC, descr::bases<GB>, descr::classvar<"y", 30>, descr::field<"f", int>> {};
struct GD : descr::object<GD, descr::bases<GC>, descr::classvar<"x", 4>, descr::classvar<"z", 400>> {};
}  // namespace

TEST_CASE("overrides along a chain: the first class of the MRO that declares a name answers") {
  // python3: 2 30 100 4 30 400 10 1 2 100
  CHECK(descr::getattr<"x">(descr::type<GC>) == 2);
  CHECK(descr::getattr<"y">(descr::type<GC>) == 30);
  CHECK(descr::getattr<"z">(descr::type<GC>) == 100);
  GD d;
  CHECK(descr::getattr<"x">(d) == 4);
  CHECK(descr::getattr<"y">(d) == 30);
  CHECK(descr::getattr<"z">(d) == 400);
  GC c;
  CHECK(descr::getattr<"y">(descr::super<GC>(c)) == 10);
  CHECK(descr::getattr<"x">(descr::super<GB>(d)) == 1);
  CHECK(descr::getattr<"x">(descr::super<GD>(d)) == 2);
  CHECK(descr::getattr<"z">(descr::super<GC>(d)) == 100);
  // A field declared again is the same entry: one int, at the base's place.
  static_assert(sizeof(GD) == sizeof(int));
  descr::setattr<"f">(d, 5);
  CHECK(descr::repr(descr::vars(d)) == "{'f': 5}");
}
