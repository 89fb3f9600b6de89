#pragma once
// How the fast path (fast_path.hpp) takes a class attribute it found: whether an instance read
// calls the descriptor's get at once, and in which form (read_plan), and whether a write calls
// its set at once (write_plan). Each is a class of the descriptor type, so that one
// instantiation serves every attribute of that type.
#include <type_traits>

#include "../layout.hpp"
#include "../protocol.hpp"
#include "call.hpp"
#include "class_attributes.hpp"
#include "misuse.hpp"

namespace descr::detail {

// Whether C's instance read of the class attribute M calls M's get at once: no getattr_hook
// to catch its attribute_error, a get that reads, in a form it takes (else get_misuse says
// what is wrong). Obj: the object as the read sees it, const or not. g++'s test, with
// direct_get (detail/call.hpp).
template <class C, class M, class Obj>
inline constexpr bool fast_get = std::is_void_v<getattr_hook_of<C>> &&
                                 HasGet<typename M::descriptor_type, C> &&
                                 !refuses_get<typename M::descriptor_type> &&
                                 get_form<C, M, Obj> != 0;

// clang's test, the same answer asked of the descriptor type, not of the attribute: how C's
// instance read takes a class attribute whose descriptor is D, of member kind Kind: unnamed_get's
// direct form (1 to 4: the get called on the constant itself), 0 through descriptor_get, -1 the
// general path (fast_get false, or a get that only takes the name: the general path answers
// it). The access asks the name of a get that takes it first, as get_form does. One
// instantiation serves every attribute of a descriptor type: clang 0.85 M instructions less
// per read of a shared type, 0.74 M less otherwise; g++ 0.5 M more
// (bench/results/compile_time.md, Session 17).
// A direct form is 1 or 2 on named_constant's copy of the constant, for a descriptor with a
// set_name; 3 or 4 on the member's own prototype otherwise, so that the access instantiates no
// variable per attribute (about 0.1 M instructions less per access, clang).
template <class C, class D, class Obj, int Kind>
struct unnamed_read_plan {
  using get = unnamed_get<C, D, Obj, Kind>;
  static const int value =
      HasGet<D, C> && get::form != 0
          ? (get::direct ? get::form + (HasSetName<D, C> ? 0 : 2) : 0)
          : -1;
};
// Whether the plans ask a descriptor type first as requires-expressions (read_plan,
// write_plan): a constant (attr) of a class that keeps no storage and is not final.
template <class D, int Kind>
concept asked_directly = Kind == member_kind::attr && !__is_final(D) && !has_storage<D>;
// The common case (asked_directly) is asked first as one requires-expression: its const
// get(obj, type<C>), called on the constant itself (form 3, or 1; such a get is a member,
// HasGet's answer). unnamed_get, whose questions are concepts and which asks both forms,
// answers the rest: 0.5 M instructions less per descriptor type (clang,
// bench/results/compile_time.md, Session 22).
template <class C, class D, class Obj, int Kind, bool Constant = asked_directly<D, Kind>>
struct read_plan {
  static const int value = __is_same(getattr_hook_of<C>, void) && !refuses_get<D>
                               ? unnamed_read_plan<C, D, Obj, Kind>::value
                               : -1;
};
template <class C, class D, class Obj, int Kind>
struct read_plan<C, D, Obj, Kind, true> {
  static const int value =
      !__is_same(getattr_hook_of<C>, void) || refuses_get<D> ? -1
      : std::conditional_t<requires(const D& d, Obj& obj) { d.get(obj, type<C>); },
                           std::integral_constant<int, HasSetName<D, C> ? 1 : 3>,
                           unnamed_read_plan<C, D, Obj, Kind>>::value;
};

// How obj.x = v takes a class attribute whose descriptor is D, of member kind Kind: 1
// d.set(obj, v) on the constant itself (a const set, no storage; 2 on the member's own
// prototype, for a descriptor without set_name, as read_plan), 0 through descriptor_set,
// -1 the general path (a descriptor without set, or whose set does not take a V: set_misuse
// says which). A class of the descriptor type, not variables of the attribute: one
// instantiation serves every attribute of that type (a validator's fields).
template <class C, class D, class Obj, class V, int Kind>
struct any_write_plan {
  static const int value =
      HasSet<D, C> && !refuses_set<D> && set_accepts<Kind, D, Obj, V>()
          ? (Kind == member_kind::attr && !has_storage<D> && can_set<const D, Obj&, V>
                 ? (HasSetName<D, C> ? 1 : 2)
                 : 0)
          : -1;
};
// As read_plan: whether the const set of a descriptor asked_directly takes the V (a number: as a
// field would, set_accepts) is asked as requires-expressions, and any_write_plan answers the
// rest.
template <class C, class D, class Obj, class V, int Kind, bool Constant = asked_directly<D, Kind>>
struct write_plan : any_write_plan<C, D, Obj, V, Kind> {};
template <class C, class D, class Obj, class V, int Kind>
struct write_plan<C, D, Obj, V, Kind, true> {
  static const int value =
      refuses_set<D> ? -1
      : std::conditional_t<
            requires(const D& d, Obj& obj, V&& v) { d.set(obj, static_cast<V&&>(v)); } &&
                (!std::is_arithmetic_v<remove_cvref_t<V>> ||
                 requires(const D& d, Obj& obj) { d.set(obj, accepted_conversions<V>{}); }),
            std::integral_constant<int, HasSetName<D, C> ? 1 : 2>,
            any_write_plan<C, D, Obj, V, Kind>>::value;
};
// The write_plan of the entry E found for a write (access_kind 4, a class attribute), else -1:
// an alias chosen by a bool, so that an entry of another kind names no member it lacks.
template <bool ClassAttribute>
struct write_plan_of {
  template <class C, class E, class Obj, class V>
  using type = std::integral_constant<int, -1>;
};
template <>
struct write_plan_of<true> {
  template <class C, class E, class Obj, class V>
  using type = write_plan<C, typename E::member::descriptor_type, Obj, V, E::member::kind>;
};

}  // namespace descr::detail
