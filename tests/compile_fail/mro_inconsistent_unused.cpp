// Conformance case 12 again, the class only defined: Python raises at class creation, so the
// definition alone must be rejected, not only a later use.
// expect: consistent method resolution order | Z | A | B
#include <descr/descr.hpp>

struct A : descr::object<A> {};
struct B : descr::object<B> {};
struct X : descr::object<X, descr::bases<A, B>> {};
#ifdef DESCR_FAIL
struct Y : descr::object<Y, descr::bases<B, A>> {};
#else
struct Y : descr::object<Y, descr::bases<A, B>> {};
#endif
struct Z : descr::object<Z, descr::bases<X, Y>> {};

int main() {}
