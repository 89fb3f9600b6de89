// Assigning a name the class declares nowhere: no instance entry to hold it.
// expect: has no attribute | Widget | colour
#include <descr/descr.hpp>

struct Widget : descr::object<Widget, descr::field<"size", int>> {};

int main() {
  Widget w;
#ifdef DESCR_FAIL
  descr::setattr<"colour">(w, 3);
#else
  descr::setattr<"size">(w, 3);
#endif
  return descr::getattr<"size">(w);
}
