// Sanity: the failing variant fails, but for a reason unrelated to descr (a misspelled
// function): failing to compile is not enough, the runner must reject it.
// expect: has no attribute | Widget | size
// reject: phrase-missing
#include <descr/descr.hpp>

struct Widget : descr::object<Widget, descr::field<"size", int>> {};

int main() {
  Widget w;
#ifdef DESCR_FAIL
  return descr::getatr<"size">(w);
#else
  return descr::getattr<"size">(w);
#endif
}
