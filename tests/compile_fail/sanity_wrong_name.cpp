// Sanity: the right phrase, but the header names an attribute the error does not mention.
// expect: has no attribute | Widget | colour
// reject: name-missing
#include <descr/descr.hpp>

struct Widget : descr::object<Widget, descr::field<"size", int>> {};

int main() {
  Widget w;
#ifdef DESCR_FAIL
  // clang echoes the next line: a name that shows only in echoed source must not count.
  return descr::getattr<"shade">(w) /* colour */;
#else
  return descr::getattr<"size">(w);
#endif
}
