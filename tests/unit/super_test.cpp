// super(B, obj) and super(B, C): lookup after B in the MRO of the object's class.
#include <descr/descr.hpp>

#include <doctest/doctest.h>

#include <string>
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

TEST_CASE("cooperative super() chains follow the MRO of the object's class") {
  D d;
  CHECK(descr::getattr<"who">(d)() == "D>B>C>A");
  CHECK(descr::getattr<"who">(descr::super<B>(d))() == "C>A");
  B b;
  CHECK(descr::getattr<"who">(b)() == "B>A");
}

TEST_CASE("super binds the descriptor to the original object and its class") {
  D d;
  CHECK(descr::getattr<"z">(descr::super<D>(d)) == "D/D");
  CHECK(descr::getattr<"z">(descr::super<B>(descr::type<D>)) == "None/D");
}

TEST_CASE("super skips the classes up to and including B") {
  D d;
  CHECK(descr::getattr<"v">(d) == 3);
  CHECK(descr::getattr<"v">(descr::super<D>(d)) == 3);
  CHECK(descr::getattr<"v">(descr::super<C>(d)) == 1);
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
