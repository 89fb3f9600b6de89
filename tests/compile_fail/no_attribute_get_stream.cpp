// The missing attribute printed: the value returned after the failed check must not add
// errors of its own (an ambiguous operator<< lists every overload).
// expect: has no attribute | Widget | colour
#include <descr/descr.hpp>

#include <iostream>

struct Widget : descr::object<Widget, descr::field<"size", int>> {};

int main() {
  Widget w;
#ifdef DESCR_FAIL
  std::cout << descr::getattr<"colour">(w) << '\n';
#else
  std::cout << descr::getattr<"size">(w) << '\n';
#endif
}
