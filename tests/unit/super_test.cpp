// super(B, obj) and super(B, C) (super.hpp): lookup after B in the MRO of the object's class.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/super.hpp>

#include <descr/access.hpp>
#include <descr/builtins/function.hpp>
#include <descr/layout.hpp>
#include <descr/name_of.hpp>
#include <descr/object.hpp>

#include <doctest/doctest.h>

#include "chain.hpp"

#include <string>
#include <type_traits>
#include <utility>

namespace {
struct Ten {
  std::string get(auto& obj, auto objtype) const {
    using Obj = std::remove_cvref_t<decltype(obj)>;
    std::string who = std::is_same_v<Obj, descr::none_t> ? "None" : std::string(descr::name_of<Obj>);
    return who + "/" + std::string(descr::name_of<typename decltype(objtype)::type>);
  }
};

struct A : descr::object<A,
    descr::attr<"who", descr::function{[](auto&) { return std::string("A"); }}>,
    descr::attr<"z", Ten{}>,
    descr::classvar<"v", 1>> {};
struct B : descr::object<B, descr::bases<A>,
    descr::attr<"who", descr::function{[](auto& self) {
      return "B>" + descr::getattr<"who">(descr::super<B>(self))();
    }}>> {};
struct C : descr::object<C, descr::bases<A>,
    descr::attr<"who", descr::function{[](auto& self) {
      return "C>" + descr::getattr<"who">(descr::super<C>(self))();
    }}>,
    descr::classvar<"v", 3>> {};
struct D : descr::object<D, descr::bases<B, C>,
    descr::attr<"who", descr::function{[](auto& self) {
      return "D>" + descr::getattr<"who">(descr::super<D>(self))();
    }}>> {};
}  // namespace

// class Ten:
//     def __get__(self, obj, objtype=None):
//         return ('None' if obj is None else type(obj).__name__) + '/' + objtype.__name__
// class A:
//     def who(self): return 'A'
//     z = Ten(); v = 1
// class B(A):
//     def who(self): return 'B>' + super().who()
// class C(A):
//     def who(self): return 'C>' + super().who()
//     v = 3
// class D(B, C):
//     def who(self): return 'D>' + super().who()
// d = D()

TEST_CASE("cooperative super() chains follow the MRO of the object's class") {
  // print(d.who(), super(B, d).who(), B().who())   # D>B>C>A C>A B>A
  D d;
  CHECK(descr::getattr<"who">(d)() == "D>B>C>A");
  CHECK(descr::getattr<"who">(descr::super<B>(d))() == "C>A");
  B b;
  CHECK(descr::getattr<"who">(b)() == "B>A");
}

TEST_CASE("super binds the descriptor to the original object and its class") {
  // print(super(D, d).z, super(B, D).z)   # D/D None/D
  D d;
  CHECK(descr::getattr<"z">(descr::super<D>(d)) == "D/D");
  CHECK(descr::getattr<"z">(descr::super<B>(descr::type<D>)) == "None/D");
}

TEST_CASE("super skips the classes up to and including B") {
  // print(d.v, super(D, d).v, super(C, d).v, super(C, D).v)   # 3 3 1 1
  D d;
  CHECK(descr::getattr<"v">(d) == 3);
  CHECK(descr::getattr<"v">(descr::super<D>(d)) == 3);
  CHECK(descr::getattr<"v">(descr::super<C>(d)) == 1);
  CHECK(descr::getattr<"v">(descr::super<C>(descr::type<D>)) == 1);
}

TEST_CASE("super from the class gives the next class's function, unbound") {
  // print(super(D, D).who(d))   # B>C>A
  D d;
  CHECK(descr::getattr<"who">(descr::super<D>(descr::type<D>))(d) == "B>C>A");
}


TEST_CASE("super along a chain: the first class after B that declares the name answers") {
  // class GA: x = 1; y = 10; z = 100
  // class GB(GA): x = 2
  // class GC(GB): y = 30
  // class GD(GC): x = 4; z = 400
  // d = GD(); c = GC()
  // print(super(GC, c).y, super(GB, d).x, super(GD, d).x, super(GC, d).z)   # 10 1 2 100
  GD d;
  GC c;
  CHECK(descr::getattr<"y">(descr::super<GC>(c)) == 10);
  CHECK(descr::getattr<"x">(descr::super<GB>(d)) == 1);
  CHECK(descr::getattr<"x">(descr::super<GD>(d)) == 2);
  CHECK(descr::getattr<"z">(descr::super<GC>(d)) == 100);
}

// super() of a temporary, as getattr takes one: the super object, and a method bound through
// it, live until the end of the full expression.
//   super(B, D()).who(), super(D, D()).z, super(C, D()).v, super(D, D()).v   # C>A D/D 1 3
TEST_CASE("super takes a temporary") {
  CHECK(descr::getattr<"who">(descr::super<B>(D{}))() == "C>A");
  CHECK(descr::getattr<"z">(descr::super<D>(D{})) == "D/D");
  CHECK(descr::getattr<"v">(descr::super<C>(D{})) == 1);
  CHECK(descr::getattr<"v">(descr::super<D>(D{})) == 3);
  const D cd;
  CHECK(descr::getattr<"v">(descr::super<C>(cd)) == 1);
  CHECK(descr::getattr<"z">(descr::super<B>(std::move(cd))) == "D/D");
}
