// Component(quantity='V') by keyword: the value goes through setattr, whose compile error
// names the class and the attribute.
// expect: wrong type for attribute | Component | quantity
#include <descr/descr.hpp>
#include <descr/init.hpp>
#include <descr/validators/number.hpp>

struct Component : descr::object<Component, descr::attr<"quantity", descr::Number<int>{.minvalue = 0}>> {};

int main() {
#ifdef DESCR_FAIL
  auto c = descr::make<Component>(descr::kw<"quantity"> = "V");
#else
  auto c = descr::make<Component>(descr::kw<"quantity"> = 5);
#endif
  return descr::getattr<"quantity">(c) == 5 ? 0 : 1;
}
