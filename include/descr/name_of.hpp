#pragma once
// descr::name_of<C>: the class's __name__, a compile-time std::string_view.
#include "detail/config.hpp"
#include <string_view>

namespace descr {
namespace detail {

template <class T>
constexpr std::string_view pretty() noexcept {
  return __PRETTY_FUNCTION__;
}

// Both compilers spell the type after "T = " (g++ ends it with ';' or ']', clang with ']'),
// where the brackets of the type itself (int[3], templates, function types) are closed.
// Python's __name__ is unqualified, so namespaces and enclosing functions are dropped.
template <class T>
constexpr std::string_view unqualified_name() noexcept {
  std::string_view s = pretty<T>();
  s.remove_prefix(s.find("T = ") + 4);
  int depth = 0;
  std::size_t start = 0, end = 0;
  for (; end < s.size(); ++end) {
    char c = s[end];
    if (c == '<' || c == '(' || c == '[') ++depth;
    else if (depth == 0 && (c == ';' || c == ']')) break;
    else if (c == '>' || c == ')' || c == ']') --depth;
    else if (depth == 0 && c == ':' && end + 1 < s.size() && s[end + 1] == ':') start = end + 2;
  }
  return s.substr(start, end - start);
}

template <class T>
concept declares_name = requires { std::string_view{T::descr_name}; };

}  // namespace detail

// A class may set its own name with `static constexpr std::string_view descr_name = "...";`.
template <class C>
inline constexpr std::string_view name_of = [] {
  if constexpr (detail::declares_name<C>) return std::string_view{C::descr_name};
  else return detail::unqualified_name<C>();
}();

}  // namespace descr
