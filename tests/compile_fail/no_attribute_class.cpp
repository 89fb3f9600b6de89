// C.nope: no class of the MRO declares it (an instance field is not a class attribute).
// expect: has no attribute | Widget | colour
#include <descr/descr.hpp>

struct Widget : descr::object<Widget, descr::field<"colour", int>, descr::classvar<"kind", 1>> {};

int main() {
#ifdef DESCR_FAIL
  return descr::getattr<"colour">(descr::type<Widget>);
#else
  return descr::getattr<"kind">(descr::type<Widget>);
#endif
}
