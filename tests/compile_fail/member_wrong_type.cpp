// A member takes what a field of its type takes: not a double for an int.
// expect: wrong type for attribute | Pair | left
#include <descr/descr.hpp>

struct Pair : descr::object<Pair, descr::member<"left", int>> {};

int main() {
  Pair p;
#ifdef DESCR_FAIL
  descr::setattr<"left">(p, 2.5);
#else
  descr::setattr<"left">(p, 2);
#endif
  return descr::getattr<"left">(p);
}
