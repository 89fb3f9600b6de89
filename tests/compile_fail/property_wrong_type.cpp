// A value the property's setter does not take: the lookup's "wrong type for attribute", not
// an error inside the setter.
// expect: wrong type for attribute | C | x
#include <descr/descr.hpp>

struct C : descr::object<C, descr::field<"_x", int>,
    descr::attr<"x", descr::property{[](auto& self) { return descr::getattr<"_x">(self); },
                                     [](auto& self, int v) { descr::setattr<"_x">(self, v); }}>> {};

int main() {
  C c;
#ifdef DESCR_FAIL
  descr::setattr<"x">(c, "three");
#else
  descr::setattr<"x">(c, 3);
#endif
  return descr::getattr<"x">(c);
}
