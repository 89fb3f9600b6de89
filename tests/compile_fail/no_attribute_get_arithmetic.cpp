// The missing attribute used in an expression: the value returned after the failed check
// must not add errors of its own.
// expect: has no attribute | Widget | colour
#include <descr/descr.hpp>

struct Widget : descr::object<Widget, descr::field<"size", int>> {};

int main() {
  Widget w;
#ifdef DESCR_FAIL
  return descr::getattr<"colour">(w) * 2 == 4;
#else
  return descr::getattr<"size">(w) * 2 == 4;
#endif
}
