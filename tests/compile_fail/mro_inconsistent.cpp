// Conformance case 12: X(A, B), Y(B, A), Z(X, Y) has no C3 linearization.
// Python: TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B
// The class is defined, constructed and used, as a user would.
// expect: consistent method resolution order | Z | A | B
#include <descr/descr.hpp>

struct A : descr::object<A, descr::classvar<"a", 1>> {};
struct B : descr::object<B> {};
struct X : descr::object<X, descr::bases<A, B>> {};
#ifdef DESCR_FAIL
struct Y : descr::object<Y, descr::bases<B, A>> {};
#else
struct Y : descr::object<Y, descr::bases<A, B>> {};
#endif
struct Z : descr::object<Z, descr::bases<X, Y>> {};

int main() {
  Z z;
  return descr::getattr<"a">(z);
}
