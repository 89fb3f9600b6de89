#pragma once
// The type traits the lookup asks of every descriptor type, as compiler builtins. A standard
// trait is a class template and a variable template instantiated per type (std::is_class_v<D>:
// about 0.1 M compiler instructions, and a symbol to mangle); a builtin is a query. g++ 12 and
// clang 19 both have __is_class, __is_union and __is_final, used directly; only clang has the
// type transformations, so g++ keeps the standard ones.
#include "config.hpp"
#include <type_traits>

namespace descr::detail {

#if defined(__clang__)
template <class T>
using remove_cvref_t = __remove_cvref(T);
template <class T>
using remove_const_t = __remove_const(T);
template <class T>
using remove_cv_t = __remove_cv(T);
#else
template <class T>
using remove_cvref_t = typename std::remove_cvref<T>::type;
template <class T>
using remove_const_t = typename std::remove_const<T>::type;
template <class T>
using remove_cv_t = typename std::remove_cv<T>::type;
#endif

}  // namespace descr::detail
