// The HowTo's pure Python Property, written with descr's protocol
// (tests/conformance/pure_python_equivalents.hpp), without a getter: like descr::property,
// reading it is "has no getter" (conformance case 66).
// expect: has no getter | C | wo_emulated
#include <descr/descr.hpp>

#include "../conformance/pure_python_equivalents.hpp"

struct C : descr::object<C, descr::field<"_x", int>,
    descr::attr<"wo_emulated", Property{descr::none, [](auto& self, int v) {
      descr::setattr<"_x">(self, v);
    }}>> {};

int main() {
  C c;
  descr::setattr<"wo_emulated">(c, 1);
#ifdef DESCR_FAIL
  return descr::getattr<"wo_emulated">(c);
#else
  return descr::getattr<"_x">(c);
#endif
}
