#pragma once
// Opt-in: descr::repr(v) is Python's repr() of a C++ value, so ports of Python scripts print
// the same text: 'str' in single quotes, True/False, None, floats with a ".0" when whole,
// [lists], and vars(obj) as a dict; `std::cout << descr::vars(obj)` prints it so. Not included
// by descr.hpp: it brings <ostream>, <ranges> and <charconv>.
#include <charconv>
#include <concepts>
#include <optional>
#include <ostream>
#include <ranges>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "name_of.hpp"
#include "protocol.hpp"
#include "reflect.hpp"

namespace descr {

std::string repr(std::string_view s);
template <class Obj>
std::string repr(const vars_view<Obj>& v);

namespace detail {
// Python's float repr: the shortest digits that read back the same number, in fixed notation
// for decimal exponents from -4 to 15 (0.0001, 1000000000000000.0), else in scientific
// notation with at least two exponent digits (1e-05, 1e+16).
inline std::string float_repr(double v) {
  if (v != v) return "nan";
  if (v == 1.0 / 0.0) return "inf";
  if (v == -1.0 / 0.0) return "-inf";
  char buf[64];
  auto end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific).ptr;
  std::string_view sci(buf, static_cast<std::size_t>(end - buf));  // -d.ddde+XX
  std::string out = sci[0] == '-' ? "-" : "";
  if (sci[0] == '-') sci.remove_prefix(1);
  std::size_t e_at = sci.find('e');
  std::string digits(1, sci[0]);
  if (e_at > 1) digits.append(sci.substr(2, e_at - 2));
  int exp = 0;
  std::from_chars(sci.data() + e_at + (sci[e_at + 1] == '+' ? 2 : 1), sci.data() + sci.size(), exp);
  if (exp < -4 || exp >= 16) {
    out += digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    out += exp < 0 ? "e-" : "e+";
    std::string e = std::to_string(exp < 0 ? -exp : exp);
    return out + (e.size() < 2 ? "0" : "") + e;
  }
  int point = exp + 1;  // digits before the decimal point
  if (point <= 0) return out + "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
  auto p = static_cast<std::size_t>(point);
  if (p >= digits.size()) return out + digits + std::string(p - digits.size(), '0') + ".0";
  return out + digits.substr(0, p) + "." + digits.substr(p);
}

template <class T>
inline constexpr bool is_variant = false;
template <class... T>
inline constexpr bool is_variant<std::variant<T...>> = true;
}  // namespace detail

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
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, end);
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

// Python quotes with ' unless the text has a ' and no ", and escapes backslashes and control
// characters (\n, \r, \t, else \xNN); other bytes, UTF-8 included, are kept as they are.
inline std::string repr(std::string_view s) {
  char q = (s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos)
               ? '"' : '\'';
  std::string out(1, q);
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == q || c == '\\') out += '\\', out += c;
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (u < 0x20 || u == 0x7f) {
      const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[u >> 4];
      out += hex[u & 15];
    } else out += c;
  }
  return out + q;
}

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
