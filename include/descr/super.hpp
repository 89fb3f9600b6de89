#pragma once
// descr::super<B>(obj) is Python's super(B, obj); descr::super<B>(descr::type<C>) is
// super(B, C). Inside a method written with a generic `self`, super<B>(self) follows the MRO of
// the class the call started from, which is what makes cooperative super() chains work.
#include "lookup.hpp"

namespace descr {

template <class B, Object Obj>
constexpr super_t<B, Obj> super(Obj& obj) noexcept {
  return {obj};
}
template <class B, class C>
constexpr super_t<B, type_t<C>> super(type_t<C>) noexcept {
  return {};
}

// Python's isinstance(obj, B), decided from the static type: write functions against a base as
// `void f(descr::InstanceOf<B> auto& obj)`. A descr class holds the fields of its whole MRO
// itself (a diamond keeps one copy of the shared base), so it is not a C++ subclass of its
// bases, and a derived object does not convert to a base reference.
template <class T, class B>
concept InstanceOf = Object<T> && detail::in_mro<T, B>;

// Python's issubclass(D, B).
template <class D, class B>
inline constexpr bool issubclass = detail::in_mro<D, B>;

}  // namespace descr
