// super(Base, obj).x where x is declared only by the class itself, before Base in the MRO.
// expect: has no attribute | Derived | colour
#include <descr/descr.hpp>

struct Base : descr::object<Base, descr::classvar<"kind", 1>> {};
struct Derived : descr::object<Derived, descr::bases<Base>, descr::classvar<"colour", 2>> {};
struct Leaf : descr::object<Leaf, descr::bases<Derived>> {};

int main() {
  Leaf l;
#ifdef DESCR_FAIL
  return descr::getattr<"colour">(descr::super<Derived>(l));
#else
  return descr::getattr<"colour">(descr::super<Leaf>(l)) +
         descr::getattr<"kind">(descr::super<Derived>(l));
#endif
}
