// Sanity: a failing variant that compiles is rejected.
// expect: has no attribute | Widget | size
// reject: fail-compiled
#include <descr/descr.hpp>

struct Widget : descr::object<Widget, descr::field<"size", int>> {};

int main() {
  Widget w;
  return descr::getattr<"size">(w);
}
