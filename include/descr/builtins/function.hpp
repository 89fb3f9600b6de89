#pragma once
// Functions in a class body: descr::function{f} is a non-data descriptor; reading it from an
// instance gives a bound method (Python's `method`, with `func` and `self`), from the class the
// function itself. Write f with a generic self: [](auto& self, int x) { ... }; wrap it in
// descr::params<"self", "x">(f) to take keyword arguments (params.hpp).
#include <cstddef>
#include <cstdint>
#include <string_view>  // declares std::hash, without <functional>
#include <type_traits>
#include <utility>

#include "../diagnostics.hpp"
#include "../fixed_string.hpp"
#include "../protocol.hpp"
#include "params.hpp"

namespace descr {

// A bound method: Python's __func__ and __self__. `func` is the function object of the class
// attribute itself (the descriptor the lookup found, which has static storage), not a copy.
// Name is the attribute it was read as (the lookup passes it to get<Name>), so that a call with
// arguments the function does not take is one compile error naming the class and the method;
// a method built by hand (f.get(obj)) has none. Every method converts to the unnamed one.
template <class F, class Self, fixed_string Name = fixed_string<1>{}>
struct method {
  const F& func;
  Self* self;

  template <class... A>
    requires detail::takes_arguments<const F&, Self&, A&&...>
  constexpr decltype(auto) operator()(A&&... a) const {
    return func(*self, std::forward<A>(a)...);
  }
  // Any other argument list is the one error: keywords that do not fit the function's params,
  // or arguments it does not take. Its return type is declared, so that a probe
  // (std::is_invocable) sees a call, not the error; only a call made instantiates it.
  template <class... A>
    requires(!detail::takes_arguments<const F&, Self&, A&&...>)
  constexpr detail::poison operator()(A&&...) const {
    if constexpr (detail::keywords_misfit<const F&, Self&, A&&...>)
      return detail::report_keywords<std::remove_cv_t<Self>, Name,
                                     typename detail::parameter_names_of<F>::type, Self&, A&&...>();
    else
      return detail::report<detail::misuse::wrong_arguments, std::remove_cv_t<Self>, Name,
                            diagnostics::arguments<A...>>();
  }

  constexpr operator method<F, Self>() const noexcept
    requires(Name.size() != 0)
  {
    return {func, self};
  }
};

namespace detail {
// Whether two pointers designate one object: one address, and types that can be one object
// (the same class, or a class and its C++ base); a first member shares its owner's address
// without being its owner.
template <class S1, class S2>
constexpr bool same_object(S1* a, S2* b) noexcept {
  using T1 = std::remove_cv_t<S1>;
  using T2 = std::remove_cv_t<S2>;
  if constexpr (std::is_same_v<T1, T2> || std::is_base_of_v<T1, T2> || std::is_base_of_v<T2, T1>)
    return static_cast<const volatile void*>(a) == static_cast<const volatile void*>(b);
  else
    return false;
}
}  // namespace detail

// Python's method_richcompare: equal when they bind the same function object to the same
// object, both compared by identity (the object's own operator== plays no part). Methods of
// two different C++ functions compare, and are unequal.
template <class F1, class S1, fixed_string N1, class F2, class S2, fixed_string N2>
constexpr bool operator==(const method<F1, S1, N1>& a, const method<F2, S2, N2>& b) noexcept {
  if constexpr (std::is_same_v<F1, F2>)
    return &a.func == &b.func && detail::same_object(a.self, b.self);
  else
    return false;
}

namespace detail {
template <class Obj>
concept not_none = !std::is_same_v<std::remove_cv_t<Obj>, none_t>;
}  // namespace detail

template <class F>
struct function {
  F func;

  // obj.f, as the lookup reads it (get<"f">): a method that knows its name.
  template <fixed_string Name, detail::not_none Obj, class C>
  constexpr method<F, Obj, Name> get(Obj& obj, type_t<C>) const noexcept {
    return {func, __builtin_addressof(obj)};
  }
  // f.__get__(obj, type(obj)) and f.__get__(obj), by hand: the same method, unnamed.
  template <detail::not_none Obj, class C>
  constexpr method<F, Obj> get(Obj& obj, type_t<C>) const noexcept {
    return {func, __builtin_addressof(obj)};
  }
  template <detail::not_none Obj>
  constexpr method<F, Obj> get(Obj& obj) const noexcept {
    return {func, __builtin_addressof(obj)};
  }
  // C.f, f.__get__(None, C): the function itself.
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

// hash(m) agrees with ==: it mixes the addresses of the function and of the object.
template <class F, class Self, descr::fixed_string Name>
struct std::hash<descr::method<F, Self, Name>> {
  std::size_t operator()(const descr::method<F, Self, Name>& m) const noexcept {
    auto f = static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(&m.func));
    auto s = static_cast<std::size_t>(
        reinterpret_cast<std::uintptr_t>(static_cast<const volatile void*>(m.self)));
    return f ^ (s + 0x9e3779b9u + (f << 6) + (f >> 2));
  }
};
