// A member (a name in __slots__) and a class variable of the same name in one class: Python's
// "ValueError: 'left' in __slots__ conflicts with class variable", at compile time.
// expect: conflicts with class variable | Pair | left
#include <descr/descr.hpp>

#ifdef DESCR_FAIL
struct Pair : descr::object<Pair, descr::member<"left", int>, descr::classvar<"left", 0>> {};
#else
struct Pair : descr::object<Pair, descr::member<"left", int>, descr::classvar<"right", 0>> {};
#endif

int main() {
  Pair p;
  descr::setattr<"left">(p, 1);
  return descr::getattr<"left">(p);
}
