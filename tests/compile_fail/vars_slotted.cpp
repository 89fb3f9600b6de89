// vars() of an object whose entries are all members (slots): Python's "TypeError: vars()
// argument must have __dict__ attribute", at compile time.
// expect: must have __dict__ attribute | Pair
#include <descr/descr.hpp>

#ifdef DESCR_FAIL
struct Pair : descr::object<Pair, descr::member<"left", int>, descr::member<"right", int>> {};
#else
struct Pair : descr::object<Pair, descr::member<"left", int>, descr::field<"right", int>> {};
#endif

int main() {
  Pair p;
  descr::setattr<"left">(p, 1);
  return static_cast<int>(descr::vars(p).size());
}
