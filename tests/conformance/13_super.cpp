// 13_super.py: super(B, obj).m searches the MRO after B and calls __get__ with obj.
#include <descr/descr.hpp>

#include <iostream>
#include <string>
#include <type_traits>

namespace {
struct Ten2 {
  int get(auto& obj, auto objtype) const {
    // print("get", type(obj).__name__, objtype.__name__)
    std::cout << "get " << descr::name_of<std::remove_cvref_t<decltype(obj)>> << ' '
              << descr::name_of<typename decltype(objtype)::type> << '\n';
    return 10;
  }
};

struct A : descr::object<A,
    descr::attr<"who", descr::function{[](auto&) { return std::string("A"); }}>,
    descr::attr<"z", Ten2{}>> {};
struct B : descr::object<B, descr::bases<A>,
    descr::attr<"who", descr::function{[](auto& self) {
      return "B>" + descr::getattr<"who">(descr::super<B>(self))();  // "B>" + super().who()
    }}>> {};
struct C : descr::object<C, descr::bases<A>,
    descr::attr<"who", descr::function{[](auto& self) {
      return "C>" + descr::getattr<"who">(descr::super<C>(self))();
    }}>> {};
struct D : descr::object<D, descr::bases<B, C>,
    descr::attr<"who", descr::function{[](auto& self) {
      return "D>" + descr::getattr<"who">(descr::super<D>(self))();
    }}>> {};
}  // namespace

int main() {
  D d;
  // print(d.who())
  std::string who = descr::getattr<"who">(d)();
  std::cout << who << '\n';
  // print(super(B, d).who())
  who = descr::getattr<"who">(descr::super<B>(d))();
  std::cout << who << '\n';
  // print(super(D, d).z)
  int z = descr::getattr<"z">(descr::super<D>(d));
  std::cout << z << '\n';
}
