#pragma once
// descr::super<B>(obj) is Python's super(B, obj); descr::super<B>(descr::type<C>) is
// super(B, C): a read through it searches the MRO of obj's class after B, with obj bound.
// Inside a method written with a generic `self`, super<B>(self) follows the MRO of the class
// the call started from, which is what makes cooperative super() chains work.
#include "detail/call.hpp"
#include "object.hpp"

namespace descr {

template <class B, class Obj>
struct super_t {
  using base = B;
  using object_type = Obj;
  Obj& obj;
};
template <class B, class C>
struct super_t<B, type_t<C>> {
  using base = B;
  using object_type = type_t<C>;
};

template <class B, Object Obj>
constexpr super_t<B, Obj> super(Obj& obj) noexcept {
  return {obj};
}
template <class B, class C>
constexpr super_t<B, type_t<C>> super(type_t<C>) noexcept {
  return {};
}

namespace detail {

template <class T>
inline constexpr bool is_super_v = false;
template <class B, class O>
inline constexpr bool is_super_v<super_t<B, O>> = true;

// What super(B, obj).x looks at: the class C of obj, the classes after B in C's MRO, and the
// first attribute x among them.
template <class B, class O, fixed_string Name>
struct super_lookup {
  using C = class_of<O>;
  using rest = after<B, mro_t<C>>;
  using found = class_attribute<Name, typename rest::type>;
};
template <class B, class C, fixed_string Name>
struct super_lookup<B, type_t<C>, Name> : super_lookup<B, C, Name> {};

template <fixed_string Name, class B, class O>
constexpr decltype(auto) super_getattr(const super_t<B, O>& s) {
  using L = super_lookup<B, O, Name>;
  using C = typename L::C;
  using A = typename L::found;
  if constexpr (std::is_same_v<O, type_t<C>>)
    return descriptor_get_class<C, typename A::member, typename A::owner>();
  else if constexpr (HasGet<typename A::value_type, C>)
    return descriptor_get<C, typename A::member, typename A::owner>(s.obj);
  else
    return class_attribute_object<typename A::owner, typename A::member>();
}

}  // namespace detail
}  // namespace descr
