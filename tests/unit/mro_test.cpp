// C3 linearization, issubclass, InstanceOf and consistent_bases (mro.hpp).
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/mro.hpp>

#include <descr/access.hpp>
#include <descr/layout.hpp>
#include <descr/object.hpp>

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
  // class O: pass
  // class A(O): pass
  // print([k.__name__ for k in A.__mro__])   # ['A', 'O', 'object']
  static_assert(descr::mro<A> == types<A, O>);
  static_assert(descr::mro<O> == types<O>);
}

TEST_CASE("C3 on the classic example agrees with CPython") {
  // python3: ['Z', 'K1', 'K2', 'K3', 'D', 'A', 'B', 'C', 'E', 'O', 'object']
  static_assert(descr::mro<Z> == types<Z, K1, K2, K3, D, A, B, C, E, O>);
  static_assert(descr::mro<K1> == types<K1, A, B, C, O>);
}

namespace {
struct F2 : descr::object<F2> {};
struct E2 : descr::object<E2> {};
struct D2 : descr::object<D2> {};
struct C2 : descr::object<C2, descr::bases<D2, F2>> {};
struct B2 : descr::object<B2, descr::bases<D2, E2>> {};
struct A2 : descr::object<A2, descr::bases<B2, C2>> {};
}  // namespace

TEST_CASE("C3 on 'The Python 2.3 Method Resolution Order' example, with unrelated roots") {
  // class F: pass
  // class E: pass
  // class D: pass
  // class C(D, F): pass
  // class B(D, E): pass
  // class A(B, C): pass
  // print([k.__name__ for k in A.__mro__])   # ['A', 'B', 'C', 'D', 'E', 'F', 'object']
  static_assert(descr::mro<A2> == types<A2, B2, C2, D2, E2, F2>);
}

namespace {
struct Top : descr::object<Top, descr::field<"t", int>> {};
struct Left : descr::object<Left, descr::bases<Top>> {};
struct Right : descr::object<Right, descr::bases<Top>> {};
struct Diamond : descr::object<Diamond, descr::bases<Left, Right>> {};
}  // namespace

TEST_CASE("a diamond: the shared base comes after both sides") {
  // class Top: pass
  // class Left(Top): pass
  // class Right(Top): pass
  // class Diamond(Left, Right): pass
  // print([k.__name__ for k in Diamond.__mro__])   # ['Diamond', 'Left', 'Right', 'Top', 'object']
  static_assert(descr::mro<Diamond> == types<Diamond, Left, Right, Top>);
}

TEST_CASE("issubclass and InstanceOf follow the MRO") {
  // print(issubclass(Diamond, Top), issubclass(Diamond, Diamond), issubclass(Top, Diamond))
  //                                                                      # True True False
  // print(issubclass(Z, O), issubclass(K1, K2), issubclass(Z, K3))       # True False True
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

namespace {
struct P1 : descr::object<P1> {};
struct P2 : descr::object<P2> {};
struct X12 : descr::object<X12, descr::bases<P1, P2>> {};
struct X21 : descr::object<X21, descr::bases<P2, P1>> {};
struct NotDescr {};
}  // namespace

TEST_CASE("consistent_bases tells whether C3 can merge a list of bases") {
  // class X12(P1, P2): pass
  // class X21(P2, P1): pass
  // class Bad(X12, X21): pass   # TypeError: Cannot create a consistent method resolution
  //                             # order (MRO) for bases P1, P2
  // class Dup(P1, P1): pass     # TypeError: duplicate base class P1
  static_assert(descr::consistent_bases<P1, P2>);
  static_assert(descr::consistent_bases<K1, K2, K3>);
  static_assert(!descr::consistent_bases<X12, X21>);  // Python: TypeError, bases P1, P2
  static_assert(!descr::consistent_bases<P1, P1>);     // duplicate base class
  static_assert(!descr::consistent_bases<P1, NotDescr>);
}
