#pragma once
// Keyword arguments, Python's name=value, spelled descr::kw<"name"> = value.
#include <type_traits>

#include "fixed_string.hpp"

namespace descr {

// kw<"name"> = value: one keyword argument. It refers to an lvalue and keeps an rvalue, so it
// is meant to be written in the call, as Python's name=value is.
template <fixed_string Name, class V>
struct keyword_arg {
  static constexpr auto name = Name;
  using value_type = V;
  V value;
};
template <fixed_string Name>
struct keyword {
  template <class V>
  constexpr keyword_arg<Name, V> operator=(V&& value) const {
    return {static_cast<V&&>(value)};
  }
};
template <fixed_string Name>
inline constexpr keyword<Name> kw{};

namespace detail {
template <class T>
inline constexpr bool is_keyword_arg = false;
template <fixed_string Name, class V>
inline constexpr bool is_keyword_arg<keyword_arg<Name, V>> = true;
}  // namespace detail

template <class K>
concept keyword_argument = detail::is_keyword_arg<std::remove_cvref_t<K>>;

}  // namespace descr
