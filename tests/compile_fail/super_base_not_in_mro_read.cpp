// super(Stranger, obj).kind: super() has rejected Stranger, and the read that follows adds no
// second error (one misuse, one error).
// expect: obj must be an instance or subtype of type | Leaf | Stranger
#include <descr/descr.hpp>

struct Base : descr::object<Base, descr::classvar<"kind", 1>> {};
struct Leaf : descr::object<Leaf, descr::bases<Base>> {};
struct Stranger : descr::object<Stranger, descr::classvar<"kind", 2>> {};

int main() {
  Leaf l;
#ifdef DESCR_FAIL
  auto s = descr::super<Stranger>(l);
#else
  auto s = descr::super<Leaf>(l);
#endif
  return descr::getattr<"kind">(s) + descr::getattr<"kind">(s);
}
