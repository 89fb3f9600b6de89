#pragma once
// Functions in a class body: descr::function{f} is a non-data descriptor; reading it from an
// instance gives a bound method (Python's `method`, with `func` and `self`), from the class the
// function itself. Write f with a generic self: [](auto& self, int x) { ... }.
#include <type_traits>
#include <utility>

#include "../protocol.hpp"

namespace descr {

template <class F, class Self>
struct method {
  F func;
  Self* self;

  template <class... A>
  constexpr decltype(auto) operator()(A&&... a) const {
    return func(*self, std::forward<A>(a)...);
  }
  // Python: bound methods are equal when they bind the same function to the same object.
  friend constexpr bool operator==(const method& a, const method& b) noexcept {
    return a.self == b.self;
  }
};

template <class F>
struct function {
  F func;

  template <class Obj>
  constexpr method<F, std::remove_reference_t<Obj>> get(Obj& obj) const noexcept {
    return {func, __builtin_addressof(obj)};
  }
  template <class C>
  constexpr const F& get(none_t, type_t<C>) const noexcept {
    return func;
  }
  template <class... A>
  constexpr decltype(auto) operator()(A&&... a) const {
    return func(std::forward<A>(a)...);
  }
};

template <class F>
function(F) -> function<F>;

}  // namespace descr
