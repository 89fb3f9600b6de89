// Component(name='WIDGET', kind='metal') without quantity: Python's TypeError "missing 1
// required keyword-only argument: 'quantity'" is a compile error naming the class and the
// parameter.
// expect: missing a required keyword argument | Component | quantity
#include <descr/descr.hpp>
#include <descr/init.hpp>
#include <descr/validators/number.hpp>
#include <descr/validators/one_of.hpp>

struct Component : descr::object<Component, descr::attr<"kind", descr::OneOf{"wood", "metal"}>,
                                 descr::attr<"quantity", descr::Number<int>{.minvalue = 0}>> {};

int main() {
#ifdef DESCR_FAIL
  auto c = descr::make<Component>(descr::kw<"kind"> = "metal");
#else
  auto c = descr::make<Component>(descr::kw<"kind"> = "metal", descr::kw<"quantity"> = 5);
#endif
  return descr::getattr<"kind">(c) == "metal" ? 0 : 1;
}
