// Sanity: a genuine descr error (has no attribute), with a header that expects another phrase.
// expect: read-only attribute | Widget | colour
// reject: phrase-missing
#include <descr/descr.hpp>

struct Widget : descr::object<Widget, descr::field<"size", int>> {};

int main() {
  Widget w;
#ifdef DESCR_FAIL
  return descr::getattr<"colour">(w);
#else
  return descr::getattr<"size">(w);
#endif
}
