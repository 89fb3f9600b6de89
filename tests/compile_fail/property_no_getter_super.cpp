// Reading through super a base's property that has no getter: "has no getter", naming the
// object's class (a super object has no __getattr__ to fall back on).
// expect: has no getter | Leaf | wo
#include <descr/descr.hpp>

struct Base : descr::object<Base, descr::field<"_y", int>,
    descr::attr<"wo", descr::property{descr::none,
                                      [](auto& self, int v) { descr::setattr<"_y">(self, v); }}>> {};
struct Leaf : descr::object<Leaf, descr::bases<Base>,
    descr::attr<"wo", descr::property{[](auto& self) { return descr::getattr<"_y">(self); }}>> {};

int main() {
  Leaf l;
#ifdef DESCR_FAIL
  return descr::getattr<"wo">(descr::super<Leaf>(l));
#else
  return descr::getattr<"wo">(l);
#endif
}
