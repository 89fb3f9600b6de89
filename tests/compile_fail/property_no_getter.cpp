// A property with a setter only (property(None, fset)): reading it is Python's "property 'wo'
// of 'D' object has no getter", named with the object's class.
// expect: has no getter | D | wo
#include <descr/descr.hpp>

struct Base : descr::object<Base, descr::field<"_y", int>,
    descr::attr<"wo", descr::property{descr::none,
                                      [](auto& self, int v) { descr::setattr<"_y">(self, v); }}>> {};
struct D : descr::object<D, descr::bases<Base>> {};

int main() {
  D d;
  descr::setattr<"wo">(d, 5);
#ifdef DESCR_FAIL
  return descr::getattr<"wo">(d);
#else
  return descr::getattr<"_y">(d);
#endif
}
