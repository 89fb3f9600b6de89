// Sanity: the twin must compile with -Wall -Wextra -Werror; an unused variable breaks it.
// expect: has no attribute | Widget | colour
// reject: twin-failed
#include <descr/descr.hpp>

struct Widget : descr::object<Widget, descr::field<"size", int>> {};

int main() {
  Widget w;
  int unused = 0;
#ifdef DESCR_FAIL
  return descr::getattr<"colour">(w);
#else
  return descr::getattr<"size">(w);
#endif
}
