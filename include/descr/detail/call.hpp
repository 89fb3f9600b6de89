#pragma once
// Calling a descriptor's get, set, del (and forget) the way its declaration asks: with the
// objtype or without it, and with the storage of a descriptor that keeps a per-instance value.
#include <optional>
#include <type_traits>

#include "../name_of.hpp"
#include "../protocol.hpp"
#include "../slot.hpp"
#include "class_attributes.hpp"
#include "cells.hpp"

namespace descr::detail {

// On the constant itself when the member is const, else on a copy (a constant descriptor's
// own state cannot change; state that must change belongs in attr_of). can_get<D, A...>:
// d.get(a...) is valid; get_callable: on d or on a copy. Always inlined: the caller names the
// constant descriptor, so the optimizer folds its members into what get or set compute (a
// validator's bounds into its check) however large they look before folding.
#define DESCR_DETAIL_CALLER(member)                                                        \
  template <class D, class... A>                                                           \
  concept can_##member = requires(D& d, A&&... a) { d.member(static_cast<A&&>(a)...); };   \
  template <class D, class... A>                                                           \
  concept member##_callable =                                                              \
      can_##member<D, A...> || can_##member<remove_const_t<D>, A...>;                      \
  template <class D, class... A>                                                           \
  [[gnu::always_inline]] constexpr decltype(auto) call_##member(D& d, A&&... a) {          \
    if constexpr (can_##member<D, A...>) {                                                 \
      return d.member(static_cast<A&&>(a)...);                                             \
    } else {                                                                               \
      std::remove_const_t<D> copy = d;                                                     \
      using R = std::decay_t<decltype(copy.member(static_cast<A&&>(a)...))>;               \
      return R(copy.member(static_cast<A&&>(a)...));                                       \
    }                                                                                      \
  }
DESCR_DETAIL_CALLER(get)
DESCR_DETAIL_CALLER(set)
DESCR_DETAIL_CALLER(del)
DESCR_DETAIL_CALLER(forget)
#undef DESCR_DETAIL_CALLER

// A get that asks for the attribute's name declares it as its first template parameter,
// `template <descr::fixed_string Name> ... get(obj, objtype)`, and is called
// d.template get<"x">(obj, type<C>). A get whose first template parameter is a type (every
// `auto` parameter is one) is no candidate, so probing this form instantiates no other get.
template <fixed_string Name, class D, class... A>
concept can_get_named =
    requires(D& d, A&&... a) { d.template get<Name>(static_cast<A&&>(a)...); };
template <fixed_string Name, class D, class... A>
concept get_named_callable =
    can_get_named<Name, D, A...> || can_get_named<Name, remove_const_t<D>, A...>;
template <fixed_string Name, class D, class... A>
constexpr decltype(auto) call_get_named(D& d, A&&... a) {
  if constexpr (can_get_named<Name, D, A...>) {
    return d.template get<Name>(static_cast<A&&>(a)...);
  } else {
    std::remove_const_t<D> copy = d;
    using R = std::decay_t<decltype(copy.template get<Name>(static_cast<A&&>(a)...))>;
    return R(copy.template get<Name>(static_cast<A&&>(a)...));
  }
}

// The descriptor object of a member as the lookup sees it: a constant (attr, classvar), the
// class's run-time object (attr_of) or a shared object (attr<"x", &obj>, const if obj is).
template <int Kind, class D>
using seen_descriptor_t = std::conditional_t<Kind == member_kind::attr, const D, D>;
template <class M>
using descriptor_t = seen_descriptor_t<M::kind, typename M::descriptor_type>;

// The extra last argument of a descriptor that keeps storage: list<slot<T>> for an entry that
// may be missing, list<T&> (const T& through a const object) for one that is always there;
// else list<>.
template <class D, class Obj, bool = has_storage<D>>
struct slot_arg {
  using type = list<>;
};
template <class D, class Obj>
struct slot_arg<D, Obj, true> {
  using T = typename D::storage_type;
  using type = list<std::conditional_t<storage_absentable<D>, slot<T>,
                                       std::conditional_t<std::is_const_v<Obj>, const T&, T&>>>;
};

// The descriptor's per-instance storage, as slot_arg names it. A read through a const object
// hands over a writable slot: Python has no const, and get() may fill a cache.
template <class M, class Obj>
constexpr decltype(auto) slot_of(Obj& obj) {
  using Cell = at<typename M::contributed_cells, 0>;  // the entry layout.hpp's storage_cells adds
  using T = typename Cell::value_type;
  auto& value = value_in<Cell>(obj);
  if constexpr (storage_absentable<typename M::descriptor_type>)
    return slot<T>(const_cast<std::optional<T>&>(value), name_of<class_of<Obj>>,
                   Cell::name.view());
  else
    return (value);
}

// Stands for any descr::slot: whether a descriptor's member asks for a slot that its
// descriptor never declared (no storage_type), to say so instead of "takes neither".
struct any_slot {
  template <class T>
  operator slot<T>() const;
};
template <class C, class M, class Obj>
inline constexpr bool get_wants_slot =
    get_named_callable<M::name, descriptor_t<M>, Obj&, type_t<C>, any_slot> ||
    get_callable<descriptor_t<M>, Obj&, type_t<C>, any_slot> ||
    get_callable<descriptor_t<M>, Obj&, any_slot>;
template <class M, class Obj, class V>
inline constexpr bool set_wants_slot = set_callable<descriptor_t<M>, Obj&, V, any_slot>;

// How an instance read through Obj calls the get of a descriptor of type D and kind Kind, of
// class C, leaving aside a get that asks for the name (get_form asks that first): `form` 1
// get(obj, type<C>, slot...), 2 get(obj, slot...), 0 neither; `direct` whether that form can be
// called on the constant itself (access.hpp), without descriptor_get and call_get between (each
// function an access instantiates costs the compiler more than the read): a constant (attr)
// without storage whose get is const. A class of the descriptor type, not variables of the
// attribute: one instantiation serves every attribute of that type.
template <class C, class D, class Obj, int Kind, class Slot = typename slot_arg<D, Obj>::type>
struct unnamed_get;
template <class C, class D, class Obj, int Kind, class... S>
struct unnamed_get<C, D, Obj, Kind, list<S...>> {
  using seen = seen_descriptor_t<Kind, D>;
  static const int form = get_callable<seen, Obj&, type_t<C>, S...> ? 1
                          : get_callable<seen, Obj&, S...>         ? 2
                                                                   : 0;
  static const bool direct =
      Kind == member_kind::attr && sizeof...(S) == 0 &&
      (form == 1 ? can_get<const D, Obj&, type_t<C>> : can_get<const D, Obj&>);
};
template <class C, class M, class Obj>
using unnamed_get_of = unnamed_get<C, typename M::descriptor_type, Obj, M::kind>;

// How an instance read calls get: 3 get<"x">(obj, type<C>, slot...), for a get that asks for
// the attribute's name; else unnamed_get's form.
template <class C, class M, class Obj,
          class Slot = typename slot_arg<typename M::descriptor_type, Obj>::type>
inline constexpr int get_form = 0;
template <class C, class M, class Obj, class... S>
inline constexpr int get_form<C, M, Obj, list<S...>> =
    get_named_callable<M::name, descriptor_t<M>, Obj&, type_t<C>, S...>
        ? 3
        : unnamed_get_of<C, M, Obj>::form;

// The form of get an instance read may call on the constant itself: 1 d.get(obj, type<C>), 2
// d.get(obj), else 0 (unnamed_get's direct, for a get that does not ask for the name).
template <class C, class M, class Obj>
inline constexpr int direct_get = get_form<C, M, Obj> != 3 && unnamed_get_of<C, M, Obj>::direct
                                      ? unnamed_get_of<C, M, Obj>::form
                                      : 0;

// Whether set takes (obj, value, slot...), for a descriptor of type D and kind Kind.
template <int Kind, class D, class Obj, class V, class Slot = typename slot_arg<D, Obj>::type>
inline constexpr bool set_takes = false;
template <int Kind, class D, class Obj, class V, class... S>
inline constexpr bool set_takes<Kind, D, Obj, V, list<S...>> =
    set_callable<seen_descriptor_t<Kind, D>, Obj&, V, S...>;

// d.get<"x">(obj, type<C>), d.get(obj, type<C>) or d.get(obj), with the slot last for
// descriptors that keep one.
template <class C, class M, class Owner, class Obj>
DESCR_DETAIL_ACCESS constexpr decltype(auto) descriptor_get(Obj& obj) {
  decltype(auto) d = class_attribute_object<Owner, M>();
  constexpr int form = get_form<C, M, Obj>;
  if constexpr (has_storage<typename M::descriptor_type>) {
    if constexpr (form == 3)
      return call_get_named<M::name>(d, obj, type<C>, slot_of<M>(obj));
    else if constexpr (form == 1) return call_get(d, obj, type<C>, slot_of<M>(obj));
    else return call_get(d, obj, slot_of<M>(obj));
  } else if constexpr (form == 3) {
    return call_get_named<M::name>(d, obj, type<C>);
  } else if constexpr (form == 1) {
    return call_get(d, obj, type<C>);
  } else {
    return call_get(d, obj);
  }
}

// Class access: d.get<"x">(none, type<C>), d.get(none, type<C>) or d.get(none); a descriptor
// whose get takes none of them answers with itself, as Python's property does for C.x.
template <class C, class M, class D>
inline constexpr bool class_get_named = get_named_callable<M::name, D, const none_t&, type_t<C>>;
template <class C, class M, class Owner>
constexpr decltype(auto) descriptor_get_class() {
  decltype(auto) d = class_attribute_object<Owner, M, C>();
  using D = std::remove_reference_t<decltype(d)>;
  if constexpr (!HasGet<D, C>) return d;
  else if constexpr (class_get_named<C, M, D>)
    return call_get_named<M::name>(d, none, type<C>);
  else if constexpr (get_callable<D, const none_t&, type_t<C>>)
    return call_get(d, none, type<C>);
  else if constexpr (get_callable<D, const none_t&>)
    return call_get(d, none);
  else return d;
}

// d.set(obj, value) and d.del(obj), with the slot last for descriptors that keep one.
template <class M, class Owner, class Obj, class V>
DESCR_DETAIL_ACCESS constexpr void descriptor_set(Obj& obj, V&& v) {
  decltype(auto) d = class_attribute_object<Owner, M>();
  if constexpr (has_storage<typename M::descriptor_type>)
    call_set(d, obj, static_cast<V&&>(v), slot_of<M>(obj));
  else
    call_set(d, obj, static_cast<V&&>(v));
}
template <class M, class Owner, class Obj>
constexpr void descriptor_del(Obj& obj) {
  decltype(auto) d = class_attribute_object<Owner, M>();
  if constexpr (has_storage<typename M::descriptor_type>) call_del(d, obj, slot_of<M>(obj));
  else call_del(d, obj);
}

// d.forget(obj), with the slot last for descriptors that keep one (protocol.hpp, dependencies).
template <class M, class Owner, class Obj>
constexpr void descriptor_forget(Obj& obj) {
  decltype(auto) d = class_attribute_object<Owner, M>();  // object<> checked that forget exists
  if constexpr (has_storage<typename M::descriptor_type>) call_forget(d, obj, slot_of<M>(obj));
  else call_forget(d, obj);
}

}  // namespace descr::detail
