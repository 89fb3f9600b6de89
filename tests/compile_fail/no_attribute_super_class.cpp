// super(Derived, Leaf).x through the class, where only Derived itself declares x.
// expect: has no attribute | Derived | colour
#include <descr/descr.hpp>

struct Base : descr::object<Base, descr::classvar<"kind", 1>> {};
struct Derived : descr::object<Derived, descr::bases<Base>, descr::classvar<"colour", 2>> {};
struct Leaf : descr::object<Leaf, descr::bases<Derived>> {};

int main() {
#ifdef DESCR_FAIL
  return descr::getattr<"colour">(descr::super<Derived>(descr::type<Leaf>));
#else
  return descr::getattr<"kind">(descr::super<Derived>(descr::type<Leaf>));
#endif
}
