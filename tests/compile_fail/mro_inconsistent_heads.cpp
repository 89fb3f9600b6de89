// class S(P, Q, R) with R(Q) and Q(P): each base comes before its own bases, which C3 cannot
// honour. Python names the heads it could not merge, in order:
// TypeError: Cannot create a consistent method resolution order (MRO) for bases P, Q, R
// expect: consistent method resolution order | S | P | Q | R
#include <descr/descr.hpp>

struct P : descr::object<P, descr::classvar<"p", 1>> {};
struct Q : descr::object<Q, descr::bases<P>> {};
struct R : descr::object<R, descr::bases<Q>> {};
#ifdef DESCR_FAIL
struct S : descr::object<S, descr::bases<P, Q, R>> {};
#else
struct S : descr::object<S, descr::bases<R, Q, P>> {};
#endif

int main() {
  S s;
  return descr::getattr<"p">(s);
}
