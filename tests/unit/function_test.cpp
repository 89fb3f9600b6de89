// Functions are non-data descriptors (builtins/function.hpp): instance access binds a method,
// class access gives the function.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/builtins/function.hpp>

#include <descr/access.hpp>
#include <descr/layout.hpp>
#include <descr/lookup.hpp>
#include <descr/name_of.hpp>
#include <descr/object.hpp>

#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_set>
#include <utility>

namespace {
struct D : descr::object<D,
    descr::field<"n", int>,
    descr::attr<"f", descr::function{[](auto& self, int x) {
      return std::pair{std::string(descr::name_of<std::remove_cvref_t<decltype(self)>>), x};
    }}>,
    descr::attr<"bump", descr::function{[](auto& self) { ++descr::getattr<"n">(self); }}>,
    descr::attr<"n_ref", descr::function{[](auto& self) -> int& { return descr::getattr<"n">(self); }}>> {};
struct E : descr::object<E, descr::bases<D>> {};
}  // namespace

TEST_CASE("instance access gives a bound method, class access the function") {
  // class D:
  //     def __init__(self): self.n = 0
  //     def f(self, x): return (type(self).__name__, x)
  //     def bump(self): self.n += 1
  // d = D(); print(d.f(3), D.f(d, 4))   # ('D', 3) ('D', 4)
  // d.bump(); print(d.n)                # 1
  D d;
  CHECK(descr::getattr<"f">(d)(3) == std::pair{std::string("D"), 3});
  CHECK(descr::getattr<"f">(descr::type<D>)(d, 4) == std::pair{std::string("D"), 4});
  descr::getattr<"bump">(d)();
  CHECK(descr::getattr<"n">(d) == 1);
}

TEST_CASE("a bound method exposes func and self, and compares like Python's") {
  // d, e = D(), D(); m = d.f; print(m.__self__ is d, d.f == d.f, d.f == e.f)   # True True False
  // d.bump.__func__(e); print(e.n, d.n)                                         # 1 0
  D d, e;
  auto m = descr::getattr<"f">(d);
  CHECK(m.self == &d);
  descr::getattr<"bump">(d).func(e);  // func is the plain function: it takes self explicitly
  CHECK(descr::getattr<"n">(e) == 1);
  CHECK(descr::getattr<"n">(d) == 0);
  CHECK(descr::getattr<"f">(d) == descr::getattr<"f">(d));
  CHECK_FALSE(descr::getattr<"f">(d) == descr::getattr<"f">(e));
  static_assert(descr::resolution<D, "f"> == descr::rule::non_data_descriptor);
}

TEST_CASE("a method inherited by a subclass binds the subclass's object") {
  // class E(D): pass
  // print(E().f(5), E.f(d, 6))   # ('E', 5) ('D', 6)
  E e;
  D d;
  CHECK(descr::getattr<"f">(e)(5) == std::pair{std::string("E"), 5});
  CHECK(descr::getattr<"f">(descr::type<E>)(d, 6) == std::pair{std::string("D"), 6});
}

TEST_CASE("calling a method forwards the function's result as it is, references included") {
  D d;
  static_assert(std::is_same_v<decltype(descr::getattr<"n_ref">(d)()), int&>);
  descr::getattr<"n_ref">(d)() = 5;
  CHECK(descr::getattr<"n">(d) == 5);
  const D& cd = d;
  CHECK(descr::getattr<"f">(cd)(1) == std::pair{std::string("D"), 1});
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
struct Eq : descr::object<Eq, descr::attr<"f", descr::function{Scale{1}}>> {
  friend bool operator==(const Eq&, const Eq&) { return true; }
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
  Eq x, y;
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
  // a.f and a.g are descr::method<Scale, A, "f"> and <..., "g"> (a method knows the name it
  // was read as); both convert to the unnamed descr::method<Scale, A>, one type.
  set.insert(descr::getattr<"f">(a));
  set.insert(descr::getattr<"f">(a));
  set.insert(descr::getattr<"g">(a));
  set.insert(descr::getattr<"f">(b));
  CHECK(set.size() == 3);
  CHECK(set.count(descr::getattr<"g">(a)) == 1);
}

// The seed's story (000): a function read from the class is unbound; its __get__ binds it by
// hand to an object, which is how a monkey-patched forward calls the original one:
//   class Attn:
//       def forward(self, hidden_states, attention_mask=None):
//           return (type(self).__name__, hidden_states, attention_mask)
//   self_attn = Attn()
//   orig_forward = Attn.__dict__['forward']
//   print(orig_forward.__get__(self_attn, type(self_attn))(hidden_states=1))  # ('Attn', 1, None)
//   print(orig_forward.__get__(self_attn)(2, 3))                              # ('Attn', 2, 3)
//   print(orig_forward.__get__(None, Attn) is orig_forward, Attn.forward is orig_forward)
//   # True True
namespace {
struct Attn : descr::object<Attn,
    descr::attr<"forward", descr::function{[](auto& self, int hidden_states, int attention_mask = 0) {
      return std::tuple{std::string(descr::name_of<std::remove_cvref_t<decltype(self)>>),
                        hidden_states, attention_mask};
    }}>> {};
}  // namespace

TEST_CASE("get(obj, type) and get(obj) by hand bind a method; get(none, type) is the function") {
  Attn self_attn;
  const auto& orig_forward = descr::getattr_static<"forward">(descr::type<Attn>);
  CHECK(orig_forward.get(self_attn, descr::type<Attn>)(1) == std::tuple{std::string("Attn"), 1, 0});
  CHECK(orig_forward.get(self_attn)(2, 3) == std::tuple{std::string("Attn"), 2, 3});
  CHECK(&orig_forward.get(descr::none, descr::type<Attn>) == &orig_forward.func);
  CHECK(&descr::getattr<"forward">(descr::type<Attn>) == &orig_forward.func);
  // By hand or through the lookup: one function bound to one object, equal methods.
  CHECK(orig_forward.get(self_attn) == descr::getattr<"forward">(self_attn));
  CHECK(orig_forward.get(self_attn).self == &self_attn);
}

TEST_CASE("a method read through the lookup knows the name it was read as") {
  // Its call checks the arguments: getattr<"f">(d)("x") is a compile error naming D and f
  // (tests/compile_fail/method_wrong_arguments.cpp).
  D d;
  using M = decltype(descr::getattr<"f">(d));
  using F = std::remove_cvref_t<decltype(descr::getattr<"f">(descr::type<D>))>;
  static_assert(std::is_same_v<M, descr::method<F, D, "f">>);
  static_assert(std::is_invocable_v<M, int>);
  static_assert(std::is_convertible_v<M, descr::method<F, D>>);
  const D& cd = d;
  static_assert(std::is_same_v<decltype(descr::getattr<"f">(cd)), descr::method<F, const D, "f">>);
}
