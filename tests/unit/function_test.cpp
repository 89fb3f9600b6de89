// Functions are non-data descriptors: instance access binds, class access gives the function.
#include <descr/descr.hpp>

#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <unordered_set>
#include <utility>

namespace {
struct D : descr::object<D,
    descr::field<"n", int>,
    descr::attr<"f", descr::function{[](auto& self, int x) {
      return std::pair{std::string(descr::name_of<std::remove_cvref_t<decltype(self)>>), x};
    }}>,
    descr::attr<"bump", descr::function{[](auto& self) { ++descr::getattr<"n">(self); }}>> {};
}  // namespace

TEST_CASE("instance access gives a bound method, class access the function") {
  D d;
  CHECK(descr::getattr<"f">(d)(3) == std::pair{std::string("D"), 3});
  CHECK(descr::getattr<"f">(descr::type<D>)(d, 4) == std::pair{std::string("D"), 4});
  descr::getattr<"bump">(d)();
  CHECK(descr::getattr<"n">(d) == 1);
}

TEST_CASE("a bound method exposes func and self, and compares like Python's") {
  D d, e;
  auto m = descr::getattr<"f">(d);
  CHECK(m.self == &d);
  CHECK(m.func(d, 1).second == 1);
  CHECK(descr::getattr<"f">(d) == descr::getattr<"f">(d));
  CHECK_FALSE(descr::getattr<"f">(d) == descr::getattr<"f">(e));
  static_assert(descr::resolution<D, "f"> == descr::rule::non_data_descriptor);
}

// Bound methods compare as Python's do (Objects/classobject.c, method_richcompare): equal when
// they bind the same function object to the same object, both by identity.
//   class A:
//       def f(self): pass
//       def g(self): pass
//   a, b = A(), A()
//   a.f == a.f, a.f is a.f        # True False: two method objects, equal
//   a.f == a.g                    # False: two functions
//   a.f == b.f                    # False: two objects
//   hash(a.f) == hash(a.f)        # True
namespace {
struct Scale {
  int k;
  int operator()(auto&, int x) const { return k * x; }
};
struct A : descr::object<A,
    descr::attr<"f", descr::function{Scale{2}}>,   // two functions of one C++ type
    descr::attr<"g", descr::function{Scale{3}}>,
    descr::attr<"h", descr::function{[](auto&) { return 1; }}>,   // two lambdas
    descr::attr<"i", descr::function{[](auto&) { return 2; }}>> {};
//   class E:
//       def __eq__(self, other): return True
//       __hash__ = object.__hash__
//       def f(self): pass
//   x, y = E(), E()
//   x == y, x.f == y.f            # True False: the objects compare by identity
struct E : descr::object<E, descr::attr<"f", descr::function{Scale{1}}>> {
  friend bool operator==(const E&, const E&) { return true; }
};
//   class B(A): pass
//   bb = B()
//   bb.f == bb.f, super(B, bb).f == bb.f, B.f is A.f      # True True True
struct B : descr::object<B, descr::bases<A>> {};
// attr_of: the function object is the class's run-time descriptor.
struct R : descr::object<R, descr::attr_of<"f", descr::function<Scale>>> {};
}  // namespace

TEST_CASE("bound methods of one function and one object are equal, hash alike") {
  A a;
  auto m1 = descr::getattr<"f">(a), m2 = descr::getattr<"f">(a);
  CHECK(&m1 != &m2);  // a.f is a.f: False
  CHECK(m1 == m2);    // a.f == a.f: True
  CHECK_FALSE(m1 != m2);
  CHECK(std::hash<decltype(m1)>{}(m1) == std::hash<decltype(m2)>{}(m2));
  CHECK(descr::getattr<"f">(std::as_const(a)) == descr::getattr<"f">(a));  // one object
}

TEST_CASE("bound methods of two functions differ, whatever their C++ types") {
  A a;
  CHECK_FALSE(descr::getattr<"f">(a) == descr::getattr<"g">(a));  // a.f == a.g: False
  CHECK(descr::getattr<"f">(a) != descr::getattr<"g">(a));
  CHECK_FALSE(descr::getattr<"h">(a) == descr::getattr<"i">(a));  // two lambdas
  CHECK_FALSE(descr::getattr<"f">(a) == descr::getattr<"h">(a));
  CHECK(descr::getattr<"h">(a) != descr::getattr<"i">(a));
}

TEST_CASE("bound methods of two objects differ, whatever the class's operator==") {
  A a, b;
  CHECK_FALSE(descr::getattr<"f">(a) == descr::getattr<"f">(b));  // a.f == b.f: False
  E x, y;
  CHECK(x == y);                                                  // x == y: True
  CHECK_FALSE(descr::getattr<"f">(x) == descr::getattr<"f">(y));  // x.f == y.f: False
  CHECK(descr::getattr<"f">(x) == descr::getattr<"f">(x));
}

TEST_CASE("func is the class attribute itself, reached by any path") {
  A a;
  B bb;
  // a.f.__func__ is A.f: True
  CHECK(&descr::getattr<"f">(a).func == &descr::getattr<"f">(descr::type<A>));
  // B.f is A.f: True; bb.f == bb.f: True; super(B, bb).f == bb.f: True
  CHECK(&descr::getattr<"f">(descr::type<B>) == &descr::getattr<"f">(descr::type<A>));
  CHECK(descr::getattr<"f">(bb) == descr::getattr<"f">(bb));
  CHECK(descr::getattr<"f">(descr::super<B>(bb)) == descr::getattr<"f">(bb));
  CHECK_FALSE(descr::getattr<"f">(bb) == descr::getattr<"f">(a));  // two objects
  R r, s;
  CHECK(descr::getattr<"f">(r) == descr::getattr<"f">(r));
  CHECK_FALSE(descr::getattr<"f">(r) == descr::getattr<"f">(s));
  CHECK(&descr::getattr<"f">(r).func == &descr::getattr<"f">(descr::type<R>));
}

TEST_CASE("methods as keys of a hash set: equal methods are one key") {
  A a, b;
  std::unordered_set<descr::method<Scale, A>> set;
  // descr::method<Scale, A> is what both a.f and a.g are in C++: one type.
  set.insert(descr::getattr<"f">(a));
  set.insert(descr::getattr<"f">(a));
  set.insert(descr::getattr<"g">(a));
  set.insert(descr::getattr<"f">(b));
  CHECK(set.size() == 3);
  CHECK(set.count(descr::getattr<"g">(a)) == 1);
}
