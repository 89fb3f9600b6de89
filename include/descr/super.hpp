#pragma once
// descr::super<B>(obj) is Python's super(B, obj); descr::super<B>(descr::type<C>) is
// super(B, C): a read through it searches the MRO of obj's class after B, with obj bound.
// Inside a method written with a generic `self`, super<B>(self) follows the MRO of the class
// the call started from, which is what makes cooperative super() chains work.
#include <type_traits>

#include "detail/call.hpp"
#include "diagnostics.hpp"
#include "object.hpp"

namespace descr {

namespace detail {
// What super() returns after reporting a misuse: a read through it adds no second error.
struct rejected_super {};

// What super(B, x) searches: the class of x, a descr object, or C for x = descr::type<C>;
// type is void for anything else.
template <class T>
struct super_subject {
  using type = void;
  static constexpr bool is_class = false;
};
template <class T>
  requires Object<T>
struct super_subject<T> {
  using type = class_of<T>;
  static constexpr bool is_class = false;
};
template <class C>
struct super_subject<type_t<C>> {
  using type = typename super_subject<C>::type;
  static constexpr bool is_class = true;
};

// Whether B is in the MRO of C. A class that object<> rejected has had its one error: super
// accepts it, and reads through super stay silent (super_misuse).
template <class B, class C>
consteval bool super_base_in_mro() {
  if constexpr (!C::descr_layout::hierarchy_ok) return true;
  else return after<B, mro_t<C>>::found;
}
}  // namespace detail

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
template <class B>
struct super_t<B, detail::rejected_super> {
  using base = B;
  using object_type = detail::rejected_super;
};

// super(B, obj), super(B, C): checked here, as Python checks in super() itself. obj may be a
// temporary, as for getattr: the super object refers to it and lives as long as it does, to
// the end of the full expression (super<B>(D{}) read at once).
template <class B, class Obj>
constexpr auto super([[maybe_unused]] Obj&& obj) noexcept {
  using T = std::remove_cvref_t<Obj>;
  using S = detail::super_subject<T>;
  using C = typename S::type;
  if constexpr (std::is_void_v<C>) {
    detail::report<detail::misuse::super_argument, T, fixed_string<1>{}, B>();
    return super_t<B, detail::rejected_super>{};
  } else if constexpr (!detail::super_base_in_mro<B, C>()) {
    detail::report<detail::misuse::super_base_not_in_mro, C, fixed_string<1>{}, B>();
    return super_t<B, detail::rejected_super>{};
  } else if constexpr (S::is_class) {
    return super_t<B, T>{};
  } else {
    return super_t<B, std::remove_reference_t<Obj>>{obj};
  }
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
template <class B, fixed_string Name>
struct super_lookup<B, rejected_super, Name> {  // super() has reported: nothing to look at
  using C = rejected_super;
  using found = attribute_entry<void>;
};

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
