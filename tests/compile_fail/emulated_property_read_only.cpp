// The HowTo's pure Python Property, written with descr's protocol
// (tests/conformance/pure_python_equivalents.hpp), without a setter: like descr::property, a
// data descriptor whose assignment is "read-only attribute" (conformance case 66).
// expect: read-only attribute | C | ro_emulated
#include <descr/descr.hpp>

#include "../conformance/pure_python_equivalents.hpp"

struct C : descr::object<C, descr::field<"_x", int>,
    descr::attr<"ro_emulated", Property{[](auto& self) { return descr::getattr<"_x">(self); }}>> {};

int main() {
  C c;
  static_assert(descr::resolution<C, "ro_emulated"> == descr::rule::data_descriptor);
#ifdef DESCR_FAIL
  descr::setattr<"ro_emulated">(c, 1);
#else
  descr::setattr<"_x">(c, 1);
#endif
  return descr::getattr<"ro_emulated">(c);
}
