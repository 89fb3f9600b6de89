#pragma once
// Python's repr() of a float, an int and a str, as text: shared by <descr/repr.hpp> and the
// validators' messages, which need them without repr.hpp's <ostream> and <ranges>.
#include <charconv>
#include <concepts>
#include <string>
#include <string_view>

namespace descr::detail {

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

// An integer in decimal (any integral type but bool).
template <std::integral T>
std::string int_repr(T v) {
  char buf[24];
  auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  return std::string(buf, end);
}

// Python quotes with ' unless the text has a ' and no ", and escapes backslashes and control
// characters (\n, \r, \t, else \xNN); other bytes, UTF-8 included, are kept as they are.
inline std::string string_repr(std::string_view s) {
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

}  // namespace descr::detail
