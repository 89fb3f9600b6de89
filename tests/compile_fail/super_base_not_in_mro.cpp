// super(Stranger, obj) where Stranger is not in the MRO of obj's class: rejected where the
// super object is made, before any read, as Python raises in super() itself:
//   super(Stranger, Leaf())   # TypeError: super(type, obj): obj must be an instance or subtype of type
// expect: obj must be an instance or subtype of type | Leaf | Stranger
#include <descr/descr.hpp>

struct Base : descr::object<Base, descr::classvar<"kind", 1>> {};
struct Leaf : descr::object<Leaf, descr::bases<Base>> {};
struct Stranger : descr::object<Stranger, descr::classvar<"kind", 2>> {};

int main() {
  Leaf l;
#ifdef DESCR_FAIL
  static_cast<void>(descr::super<Stranger>(l));
#else
  static_cast<void>(descr::super<Base>(l));
#endif
}
