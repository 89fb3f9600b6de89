#pragma once
// descr::Default: a validator with a default value, used by keyword construction
// (<descr/init.hpp>) when its keyword is not given (pydantic's Field(default=...), attrs'
// field(default=...)):
//   descr::attr<"quantity", descr::Default{descr::Number{.minvalue = 0}, 1}>
//   descr::attr<"kind", descr::Default{descr::OneOf{"wood", "metal"}, "wood"}>
//   descr::attr<"tags", descr::Default{descr::List<descr::NonEmpty<>>{}, [] { return ...; }}>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include "../fixed_string.hpp"

namespace descr {

// Derives from the validator, so it is that validator (its get, set, validate, storage and
// constant checks), with one more member, default_value(), the protocol addition keyword
// construction looks for: the constant (a number, a bool, a string literal), or what the
// callable returns, called at each construction (attrs' factory). The default goes through
// the validator like any value, when the object is constructed.
template <class V, class D>
struct Default : V {
  D fallback;

  constexpr Default(V validator, D value) : V(validator), fallback(value) {}

  constexpr decltype(auto) default_value() const {
    if constexpr (std::is_invocable_v<const D&>) return fallback();
    else if constexpr (requires { fallback.view(); }) return fallback.view();
    else return D(fallback);
  }
};
template <class V, class D>
Default(V, D) -> Default<V, D>;
template <class V, std::size_t N>
Default(V, const char (&)[N]) -> Default<V, fixed_string<N>>;

}  // namespace descr
