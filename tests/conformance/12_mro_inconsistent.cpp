// 12_mro_inconsistent.py: an inconsistent hierarchy is rejected.
//
// Both lines of the expected output ("TypeError Cannot create a consistent method resolution" /
// "order (MRO) for bases A, B") are not printed: descr computes the C3 linearization at compile
// time, so `class Z(X, Y)` is a compile error ("consistent method resolution order"), not a
// TypeError to catch; the compile-fail tests cover it. What remains at run time prints nothing.
// The hierarchy up to Z is declared, and its MROs are checked, so the program shows that the
// two orders Z would have to merge contradict each other.
#include <descr/descr.hpp>

#include <boost/hana.hpp>

namespace hana = boost::hana;

namespace {
struct A : descr::object<A> {};                      // class A: pass
struct B : descr::object<B> {};                      // class B: pass
struct X : descr::object<X, descr::bases<A, B>> {};  // class X(A, B): pass
struct Y : descr::object<Y, descr::bases<B, A>> {};  // class Y(B, A): pass
// class Z(X, Y): pass  -- does not compile.
}  // namespace

static_assert(descr::mro<X> == hana::tuple_t<X, A, B>);
static_assert(descr::mro<Y> == hana::tuple_t<Y, B, A>);

int main() {}
