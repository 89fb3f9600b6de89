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

#include <string>
#include <type_traits>
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
