// super(Stranger, Leaf).kind, through the class:
//   super(Stranger, Leaf)     # TypeError: super(type, obj): obj must be an instance or subtype of type
// expect: obj must be an instance or subtype of type | Leaf | Stranger
#include <descr/descr.hpp>

struct Base : descr::object<Base, descr::classvar<"kind", 1>> {};
struct Leaf : descr::object<Leaf, descr::bases<Base>> {};
struct Stranger : descr::object<Stranger, descr::classvar<"kind", 2>> {};

int main() {
#ifdef DESCR_FAIL
  return descr::getattr<"kind">(descr::super<Stranger>(descr::type<Leaf>));
#else
  return descr::getattr<"kind">(descr::super<Leaf>(descr::type<Leaf>));
#endif
}
