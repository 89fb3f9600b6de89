// A property with getter and setter but no deleter: Python's "property 'x' of 'C' object has
// no deleter".
// expect: cannot delete attribute | C | x
#include <descr/descr.hpp>

struct C : descr::object<C, descr::field<"_x", int>,
    descr::attr<"x", descr::property{[](auto& self) { return descr::getattr<"_x">(self); },
                                     [](auto& self, int v) { descr::setattr<"_x">(self, v); }}>> {};

int main() {
  C c;
#ifdef DESCR_FAIL
  descr::delattr<"x">(c);
#else
  descr::setattr<"x">(c, 3);
#endif
  return descr::getattr<"x">(c);
}
