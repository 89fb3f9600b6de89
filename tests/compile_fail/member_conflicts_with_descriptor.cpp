// A member and a descriptor of the same name in one class (a property named like a slot):
// Python's "'left' in __slots__ conflicts with class variable".
// expect: conflicts with class variable | Pair | left
#include <descr/descr.hpp>

struct Ten {
  int get(auto&, auto) const { return 10; }
};

#ifdef DESCR_FAIL
struct Pair : descr::object<Pair, descr::attr<"left", Ten{}>, descr::member<"left", int>> {};
#else
struct Pair : descr::object<Pair, descr::attr<"ten", Ten{}>, descr::member<"left", int>> {};
#endif

int main() {
  Pair p;
  descr::setattr<"left">(p, 1);
  return descr::getattr<"left">(p);
}
