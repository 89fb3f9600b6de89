// Reading a name that no rule answers: Python's AttributeError, here a compile error.
// expect: has no attribute | Widget | colour
#include <descr/descr.hpp>

struct Widget : descr::object<Widget, descr::field<"size", int>, descr::classvar<"kind", 1>> {};

int main() {
  Widget w;
#ifdef DESCR_FAIL
  return descr::getattr<"colour">(w);
#else
  return descr::getattr<"size">(w) + descr::getattr<"kind">(w);
#endif
}
