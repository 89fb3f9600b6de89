// Conformance case 10: `class E: pass; del E().nothing`.
// Python: AttributeError: 'Empty' object has no attribute 'nothing'
// expect: has no attribute | Empty | nothing
#include <descr/descr.hpp>

struct Empty : descr::object<Empty> {};

int main() {
  Empty e;
#ifdef DESCR_FAIL
  descr::delattr<"nothing">(e);
#else
  static_cast<void>(e);
#endif
}
