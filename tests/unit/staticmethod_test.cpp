// descr::staticmethod (builtins/staticmethod.hpp): Python's staticmethod, a non-data
// descriptor whose get returns the function unchanged.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/builtins/staticmethod.hpp>

#include <descr/access.hpp>
#include <descr/layout.hpp>
#include <descr/lookup.hpp>
#include <descr/object.hpp>

#include <doctest/doctest.h>

#include <type_traits>
#include <variant>

namespace {
// class E:
//     @staticmethod
//     def f(x): return x * 2
// class F(E): pass
constexpr auto twice = descr::staticmethod{[](int x) { return x * 2; }};
struct E : descr::object<E, descr::attr<"f", twice>> {};
struct F : descr::object<F, descr::bases<E>> {};
// The same, with an instance entry f beside it (e.f = 5).
struct S : descr::object<S, descr::attr<"f", twice>, descr::field<"f", int, descr::absentable>> {};
}  // namespace

TEST_CASE("the same callable from an instance and from the class") {
  // print(E.f(3), E().f(3), F.f(4), F().f(5), E().f is E.f)   # 6 6 8 10 True
  E e;
  F f;
  CHECK(descr::getattr<"f">(descr::type<E>)(3) == 6);
  CHECK(descr::getattr<"f">(e)(3) == 6);
  CHECK(descr::getattr<"f">(descr::type<F>)(4) == 8);
  CHECK(descr::getattr<"f">(f)(5) == 10);
  CHECK(&descr::getattr<"f">(e) == &descr::getattr<"f">(descr::type<E>));
  CHECK(&descr::getattr<"f">(f) == &descr::getattr<"f">(descr::type<E>));
  // print(super(F, f).f(6))   # 12
  CHECK(descr::getattr<"f">(descr::super<F>(f))(6) == 12);
}

TEST_CASE("the class attribute is the staticmethod, whose __func__ is what reads give") {
  // sm = E.__dict__['f']; print(type(sm).__name__, sm.__func__ is E.f, sm(7))
  // staticmethod True 14
  const auto& sm = descr::getattr_static<"f">(descr::type<E>);
  static_assert(std::is_same_v<std::remove_cvref_t<decltype(sm)>,
                               descr::staticmethod<std::remove_cvref_t<decltype(sm.func)>>>);
  CHECK(&sm.func == &descr::getattr<"f">(descr::type<E>));
  CHECK(sm(7) == 14);
  // By hand: sm.__get__(e, E), sm.__get__(None, E), sm.__get__(e) are all the function.
  E e;
  CHECK(&sm.get(e, descr::type<E>) == &sm.func);
  CHECK(&sm.get(descr::none, descr::type<E>) == &sm.func);
  CHECK(&sm.get(e) == &sm.func);
}

TEST_CASE("a non-data descriptor: an instance entry of the same name shadows it") {
  // e = E(); e.f = 5; print(e.f); del e.f; print(e.f(1))   # 5 / 2
  static_assert(descr::resolution<E, "f"> == descr::rule::non_data_descriptor);
  static_assert(descr::resolution<S, "f"> == descr::rule::instance);
  static_assert(descr::NonDataDescriptor<decltype(twice), S>);
  S e;
  descr::setattr<"f">(e, 5);
  CHECK(std::get<int>(descr::getattr<"f">(e)) == 5);
  descr::delattr<"f">(e);
  auto f = descr::getattr<"f">(e);  // the entry is gone: the staticmethod's function
  CHECK(f.index() == 1);
  CHECK(std::get<1>(f)(1) == 2);
}
