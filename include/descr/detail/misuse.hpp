#pragma once
// What is wrong with an access, if anything, as a code: the public entry points (access.hpp)
// compute it once and report it through diagnostics::report before any machinery runs.
#include <type_traits>

#include "../diagnostics.hpp"
#include "../lookup.hpp"
#include "../super.hpp"
#include "call.hpp"
#include "write.hpp"

namespace descr::detail {

// Whether some class of C's MRO declares Name twice, as two class attributes or as two
// instance entries (which makes its lookup ambiguous). Only evaluated on the error path.
template <fixed_string Name, class Members>
struct declarations;
template <fixed_string Name, class... M>
struct declarations<Name, list<M...>> {
  static constexpr std::size_t count = count_true({M::name == Name...});
};
template <fixed_string Name, class C>
inline constexpr bool declared_twice = []<class... K>(list<K...>*) {
  return ((declarations<Name, typename layout_of<K>::class_attributes>::count > 1 ||
           declarations<Name, typename layout_of<K>::own_cells>::count > 1) ||
          ...);
}(static_cast<mro_t<C>*>(nullptr));

// A class whose hierarchy object<> rejected has had its one error: accesses stay silent.
template <class C>
inline constexpr bool broken = !C::descr_layout::hierarchy_ok;

// What is wrong with the class T itself, whatever the access: `struct Invoice :
// descr::object<Receipt, ...>` would otherwise answer with Receipt's attributes.
template <class T>
consteval int class_misuse() {
  if constexpr (!std::is_same_v<typename T::descr_layout::self, T>) return misuse::not_self;
  else if constexpr (broken<T>) return misuse::silent;
  else return misuse::none;
}

// A name no rule answers: declared twice in one class (so its lookup failed), or not at all.
template <class C, fixed_string Name>
consteval int missing() {
  return declared_twice<Name, C> ? misuse::declared_twice : misuse::no_attribute;
}

// Whether a get answers this read (directly, or behind an absentable entry).
template <class R>
consteval bool reads_descriptor() {
  if constexpr (is(R::value, rule::instance))
    return R::cell::may_be_absent && is(R::without_instance, rule::non_data_descriptor);
  else
    return is(R::value, rule::data_descriptor) || is(R::value, rule::non_data_descriptor);
}

// A get that takes neither form; one that asks for a slot its descriptor does not declare.
template <class C, class M, class Obj>
consteval int get_form_misuse() {
  if constexpr (get_form<C, M, Obj> != 0) return misuse::none;
  else if constexpr (!has_storage<typename M::descriptor_type> && get_wants_slot<C, M, Obj>)
    return misuse::no_storage_type;
  else return misuse::get_signature;
}

// Probes standing for a value passed to a descriptor's set: one converts to each type T a field
// of type T would accept a V in, the other to anything. Declared only: they are named in
// requires-expressions (set_takes), never called, and no set body is instantiated with them.
template <class V>
struct accepted_conversions {
  template <class T>
    requires accepts<T, V>
  operator T() const;
};
struct any_conversion {
  template <class T>
  operator T() const;
};

// Whether a descriptor's set takes a V the way a field would (write.hpp's accepts): it is
// callable with V and, for a number, the parameter that receives it accepts a V. set(obj, int)
// given a double: callable with any_conversion, not with accepted_conversions<double>, so
// refused. A generic set takes the probe itself, so it takes any number. Where C++ chooses
// among overloads, or a constraint inspects the type, the unconstrained probe is not callable
// either (an ambiguity, a failed concept): the choice is then C++'s, as before.
template <int Kind, class D, class Obj, class V>
consteval bool set_accepts() {
  if constexpr (!set_takes<Kind, D, Obj, V>) return false;
  else if constexpr (!std::is_arithmetic_v<remove_cvref_t<V>>) return true;
  else if constexpr (set_takes<Kind, D, Obj, accepted_conversions<V>>) return true;
  else return !set_takes<Kind, D, Obj, any_conversion>;
}

// Whether an instance read may reach a get that refuses (protocol.hpp's `readable = false`)
// with no getattr_hook to answer instead: the read is then refused at compile time, also where
// an absentable entry would answer while it is present.
template <class C, fixed_string Name, class R = resolve<C, Name>>
concept refused_read = reads_descriptor<R>() && refuses_get<typename R::D> &&
                       !hook_answers<C, Name, true>;

template <class T, fixed_string Name, class Obj, class C = class_of<T>, class R = resolve<C, Name>>
consteval int get_misuse() {
  if constexpr (class_misuse<T>() != misuse::none) return class_misuse<T>();
  else if constexpr (is(R::value, rule::none)) return missing<C, Name>();
  else if constexpr (!reads_descriptor<R>()) return misuse::none;
  else if constexpr (refused_read<C, Name>) return misuse::no_getter;
  else if constexpr (refuses_get<typename R::D>) return misuse::none;  // the hook answers
  else return get_form_misuse<C, typename R::found::member, Obj>();
}

template <class M, class Obj, class V>
consteval int set_form_misuse() {
  if constexpr (set_accepts<M::kind, typename M::descriptor_type, Obj, V>()) return misuse::none;
  else if constexpr (!has_storage<typename M::descriptor_type> && set_wants_slot<M, Obj, V>)
    return misuse::no_storage_type;
  else return misuse::wrong_type;
}

template <class T, fixed_string Name, class Obj, class V, class C = class_of<T>,
          class R = resolve<C, Name>>
consteval int set_misuse() {
  if constexpr (class_misuse<T>() != misuse::none) return class_misuse<T>();
  else if constexpr (R::binds && (!R::has_set || refuses_set<typename R::D>))
    return misuse::read_only;
  else if constexpr (R::binds) return set_form_misuse<typename R::found::member, Obj, V>();
  else if constexpr (R::has_entry) return accepts<typename R::cell::value_type, V> ? misuse::none : misuse::wrong_type;
  else return missing<C, Name>();
}

template <class T, fixed_string Name, class C = class_of<T>, class R = resolve<C, Name>>
consteval int del_misuse() {
  if constexpr (class_misuse<T>() != misuse::none) return class_misuse<T>();
  else if constexpr (R::binds)
    return R::has_del && !refuses_del<typename R::D> ? misuse::none : misuse::cannot_delete;
  else if constexpr (R::has_entry) return R::cell::may_be_absent ? misuse::none : misuse::cannot_delete;
  else return missing<C, Name>();
}

template <class C, fixed_string Name>
consteval int class_get_misuse() {
  if constexpr (class_misuse<C>() != misuse::none) return class_misuse<C>();
  else if constexpr (class_attribute<Name, mro_t<C>>::found) return misuse::none;
  else return missing<C, Name>();
}

template <class B, class O, fixed_string Name, class L = super_lookup<B, O, Name>>
consteval int super_misuse() {
  using C = typename L::C;
  using A = typename L::found;
  if constexpr (std::is_same_v<O, rejected_super>) return misuse::silent;  // super() reported
  else if constexpr (class_misuse<C>() != misuse::none) return class_misuse<C>();
  else if constexpr (!L::rest::found) return misuse::super_base_not_in_mro;
  else if constexpr (!A::found) return misuse::no_attribute;
  else if constexpr (!std::is_same_v<O, type_t<C>> && refuses_get<typename A::value_type>)
    return misuse::no_getter;  // super() has no __getattr__ to fall back on
  else if constexpr (!std::is_same_v<O, type_t<C>> && HasGet<typename A::value_type, C>)
    return get_form_misuse<C, typename A::member, O>();
  else return misuse::none;
}

}  // namespace descr::detail
