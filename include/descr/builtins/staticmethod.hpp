#pragma once
// Python's staticmethod(f): descr::staticmethod{f}, a non-data descriptor whose get returns
// the function itself, unchanged, from an instance and from the class alike (the HowTo's
// Sample.erf(1.5) and s.erf(1.5) are one call):
//
//   struct Sample : descr::object<Sample,
//       descr::attr<"erf", descr::staticmethod{[](double x) { return std::erf(x); }}>> {};
//
// `func` is Python's __func__. The staticmethod object itself, the class attribute
// (descr::getattr_static), is callable too, as in Python 3.10 and later.
#include <type_traits>
#include <utility>

#include "../protocol.hpp"

namespace descr {

template <class F>
struct staticmethod {
  F func;

  // obj.f, C.f (obj is descr::none) and sm.__get__(obj, type): the function itself.
  template <class Obj, class C>
  constexpr const F& get(const Obj&, type_t<C>) const noexcept {
    return func;
  }
  template <class Obj>
  constexpr const F& get(const Obj&) const noexcept {
    return func;
  }

  template <class... A>
    requires std::is_invocable_v<const F&, A&&...>
  constexpr decltype(auto) operator()(A&&... a) const {
    return func(std::forward<A>(a)...);
  }
};

template <class F>
staticmethod(F) -> staticmethod<F>;

}  // namespace descr
