// super(Base, 42): the object is not a descr object (nor descr::type<C>). Python:
//   super(Base, 42)           # TypeError: super(type, obj): obj must be an instance or subtype of type
// One error, at super(); the read that follows adds none.
// expect: descr::super takes a descr object or descr::type<C> | Base | int
#include <descr/descr.hpp>

struct Base : descr::object<Base, descr::classvar<"kind", 1>> {};
struct Leaf : descr::object<Leaf, descr::bases<Base>> {};

int main() {
#ifdef DESCR_FAIL
  return descr::getattr<"kind">(descr::super<Base>(42));
#else
  Leaf l;
  return descr::getattr<"kind">(descr::super<Leaf>(l));
#endif
}
