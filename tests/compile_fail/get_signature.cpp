// A descriptor whose get takes neither (obj, type) nor (obj) for this object (not in
// DESIGN.md's table; the library's own message).
// expect: the descriptor's get takes neither | Gauge | level
#include <descr/descr.hpp>

struct NumberOnly {
  int get(int n) const { return n; }
};
struct Generic {
  int get(auto&) const { return 1; }
};

#ifdef DESCR_FAIL
struct Gauge : descr::object<Gauge, descr::attr<"level", NumberOnly{}>> {};
#else
struct Gauge : descr::object<Gauge, descr::attr<"level", Generic{}>> {};
#endif

int main() {
  Gauge g;
  return descr::getattr<"level">(g);
}
