#pragma once
// What Python prints for the values the examples show, where descr::repr has no answer:
//   an object without a repr of its own  <__main__.Person object at 0x7f3a...>
//   a class (descr::type<C>)             <class '__main__.Person'>
//   None (descr::none)                   None
// Everything else goes to descr::repr ('str', True, 3.0, [1, 2]). The address is the object's
// own, so it has Python's shape; examples/compare.py treats 0x... as a wildcard.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <ranges>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>

namespace py {

template <class C>
std::string repr(descr::type_t<C>) {
  return "<class '__main__." + std::string(descr::name_of<C>) + "'>";
}

inline std::string repr(descr::none_t) { return "None"; }

template <class Obj>
std::string repr(const descr::vars_view<Obj>& v) {
  return descr::repr(v);
}

template <class T>
std::string repr(const T& v) {
  if constexpr (std::is_class_v<T> && !std::is_convertible_v<const T&, std::string_view> &&
                !std::ranges::input_range<const T> && !requires { v.has_value(); } &&
                !requires { v.repr(); }) {
    std::ostringstream os;
    os << "<__main__." << descr::name_of<T> << " object at " << static_cast<const void*>(&v)
       << '>';
    return os.str();
  } else {
    return descr::repr(v);
  }
}

// str(v), as print() and f-strings show it: a string as it is, anything else as its repr.
template <class T>
std::string str(const T& v) {
  if constexpr (std::is_convertible_v<const T&, std::string_view>) return std::string(v);
  else return py::repr(v);
}

// repr((a, b, ...)): a tuple, with Python's trailing comma for one element.
template <class... T>
std::string tuple_repr(const T&... v) {
  std::string s = "(";
  ((s += (s.size() > 1 ? ", " : "") + py::repr(v)), ...);
  return s + (sizeof...(T) == 1 ? ",)" : ")");
}

}  // namespace py
