#pragma once
// The type traits the lookup asks of every descriptor type, as compiler builtins. A standard
// trait is a class template and a variable template instantiated per type (std::is_class_v<D>:
// about 0.1 M compiler instructions, and a symbol to mangle); a builtin is a query. g++ 12 and
// clang 19 both have __is_class, __is_union and __is_final, used directly; only clang has the
// type transformations and __is_const, so g++ keeps the standard ones. Each access asks them
// of its object's type (access.hpp): clang 0.04 M instructions less per access than the
// standard traits (bench/results/compile_time.md, Session 22).
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
template <class T>
using remove_reference_t = __remove_reference_t(T);
// A macro: a variable template would be instantiated per type, the cost a builtin saves.
#define DESCR_DETAIL_IS_CONST(T) __is_const(T)
#else
template <class T>
using remove_cvref_t = typename std::remove_cvref<T>::type;
template <class T>
using remove_const_t = typename std::remove_const<T>::type;
template <class T>
using remove_cv_t = typename std::remove_cv<T>::type;
template <class T>
using remove_reference_t = typename std::remove_reference<T>::type;
#define DESCR_DETAIL_IS_CONST(T) std::is_const_v<T>
#endif

}  // namespace descr::detail
