#pragma once
// Opt-in: descr::repr(v) is Python's repr() of a C++ value, so ports of Python scripts print
// the same text: 'str' in single quotes, True/False, None, floats with a ".0" when whole,
// [lists], and vars(obj) as a dict; `std::cout << descr::vars(obj)` prints it so. Not included
// by descr.hpp: it brings <ostream>, <ranges> and <charconv>.
#include <concepts>
#include <optional>
#include <ostream>
#include <ranges>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "detail/either.hpp"
#include "detail/python_text.hpp"
#include "name_of.hpp"
#include "protocol.hpp"
#include "reflect.hpp"

namespace descr {

std::string repr(std::string_view s);
template <class Obj>
std::string repr(const vars_view<Obj>& v);

template <class T>
std::string repr(const T& v) {
  if constexpr (std::is_same_v<T, bool>) {
    return v ? "True" : "False";
  } else if constexpr (std::is_same_v<T, std::true_type> || std::is_same_v<T, std::false_type>) {
    return T::value ? "True" : "False";  // hasattr's answer where it is a constant
  } else if constexpr (detail::is_variant<T>) {
    return std::visit([](const auto& held) { return repr(held); }, v);  // a read of either type
  } else if constexpr (std::is_same_v<T, none_t> || std::is_null_pointer_v<T>) {
    return "None";
  } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    return repr(std::string_view(v));
  } else if constexpr (std::is_floating_point_v<T>) {
    return detail::float_repr(static_cast<double>(v));
  } else if constexpr (std::is_arithmetic_v<T>) {
    return detail::int_repr(v);
  } else if constexpr (requires { v.has_value(); *v; }) {
    return v.has_value() ? repr(*v) : std::string("None");
  } else if constexpr (std::ranges::input_range<const T>) {
    std::string s = "[";
    for (const auto& e : v) {
      if (s.size() > 1) s += ", ";
      s += repr(e);
    }
    return s + "]";
  } else if constexpr (requires { v.repr(); }) {
    return v.repr();
  } else {
    // Python's default repr, without the address: <C object>. Give the type a repr() member
    // for more.
    return "<" + std::string(name_of<T>) + " object>";
  }
}

// Python quotes with ' unless the text has a ' and no ", and escapes control characters.
inline std::string repr(std::string_view s) { return detail::string_repr(s); }

inline std::string repr(const char* s) { return repr(std::string_view(s)); }

// {'_name': 'Peter P', '_age': 10}
template <class Obj>
std::string repr(const vars_view<Obj>& v) {
  std::string s = "{";
  v.for_each([&](std::string_view n, const auto& value) {
    if (s.size() > 1) s += ", ";
    s += repr(n) + ": " + repr(value);
  });
  return s + "}";
}
template <class Obj>
std::ostream& operator<<(std::ostream& os, const vars_view<Obj>& v) {
  return os << repr(v);
}

}  // namespace descr

namespace descr {

// str(v), as print() shows a value: a string as it is, a variant as the value it holds,
// anything else as its repr.
template <class T>
std::string str(const T& v) {
  if constexpr (std::is_convertible_v<const T&, std::string_view>)
    return std::string(std::string_view(v));
  else if constexpr (detail::is_variant<T>)
    return std::visit([](const auto& held) { return str(held); }, v);
  else
    return repr(v);
}

}  // namespace descr
