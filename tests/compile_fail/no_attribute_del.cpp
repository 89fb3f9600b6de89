// Deleting a name the class declares nowhere.
// expect: has no attribute | Widget | colour
#include <descr/descr.hpp>

struct Widget : descr::object<Widget, descr::field<"size", int, descr::absentable>> {};

int main() {
  Widget w;
  descr::setattr<"size">(w, 3);
#ifdef DESCR_FAIL
  descr::delattr<"colour">(w);
#else
  descr::delattr<"size">(w);
#endif
}
