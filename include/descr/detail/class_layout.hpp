#pragma once
// What descr computes once per class: its MRO, its instance entries merged along the MRO, an
// index of its own class attributes, and its hooks.
#include <type_traits>

#include "../layout.hpp"
#include "../mro.hpp"
#include "cells.hpp"
#include "typelist.hpp"

namespace descr {
namespace diagnostics {
template <class Class, fixed_string Name>
inline constexpr bool instance_attribute_declared_with_one_type = false;
}

namespace detail {

// What one member adds to its class's lists, classified in one instantiation per member: a
// class attribute (classvar, attr, attr_of), an instance entry (a field's own, or the private
// slot "_" + name of a descriptor that keeps per-instance storage), or both.
template <class M>
struct contribution {
  using attributes = std::conditional_t<is_class_attribute<M>, list<M>, list<>>;
  using cells = list<>;
};
template <class M>
  requires(M::kind == member_kind::attr || M::kind == member_kind::attr_of) &&
          has_storage<typename M::descriptor_type>
struct contribution<M> {
  using attributes = list<M>;
  using cells = list<cell<private_name<M::name>, typename M::descriptor_type::storage_type, true>>;
};
template <fixed_string Name, class T, class... Options>
struct contribution<field<Name, T, Options...>> {
  using attributes = list<>;
  using cells = list<cell<Name, T, field<Name, T, Options...>::may_be_absent>>;
};

template <class L>
struct bases_of {
  using type = list<>;
};
template <class... B, class... Rest>
struct bases_of<list<bases<B...>, Rest...>> {
  using type = list<B...>;
};

// The first member of a kind (a hook), or void.
template <bool Found, std::size_t I, class... M>
struct member_at {
  using type = void;
};
template <std::size_t I, class... M>
struct member_at<true, I, M...> {
  using type = type_at<I, M...>;
};
template <int Kind, class... M>
struct first_of_kind {
  static constexpr std::size_t index = first_true({(M::kind == Kind)...});
  using type = typename member_at<index != sizeof...(M), index, M...>::type;
};

// A class attribute together with the class that declares it.
template <class Owner, class M>
struct owned {
  using owner = Owner;
  using member = M;
  static constexpr auto name = M::name;
};
template <class Owner, class Attrs>
struct owned_list;
template <class Owner, class... M>
struct owned_list<Owner, list<M...>> {
  using type = list<owned<Owner, M>...>;
};

// Entries found by name with one deduction against one base per entry (names unique).
template <fixed_string Name, class E>
struct named {};
template <class Entries>
struct flat_index;
template <class... E>
struct flat_index<list<E...>> : named<E::name, E>... {};

// The entry of a name, or void.
template <fixed_string Name>
void find_entry(...);
template <fixed_string Name, class E>
E find_entry(const named<Name, E>*);
template <class Index, fixed_string Name>
using entry_t = decltype(find_entry<Name>(static_cast<const Index*>(nullptr)));

// Own entries, then the entries of Rest (indexed by RestIndex) whose names Own lacks: how a
// class's attributes take precedence over those of the classes after it in the MRO. Only a
// class that redeclares a name pays for filtering Rest; the others append.
template <class Own, class Rest, bool Shadows>
struct shadow_merge_impl {
  using type = concat<Own, Rest>;
};
template <class... O, class... R>
struct shadow_merge_impl<list<O...>, list<R...>, true> {
  using own_index = flat_index<list<O...>>;
  using type = concat<list<O...>, std::conditional_t<std::is_void_v<entry_t<own_index, R::name>>,
                                                     list<R>, list<>>...>;
};
template <class Own, class Rest, class RestIndex>
struct shadow_merge;
template <class... O, class Rest, class RestIndex>
struct shadow_merge<list<O...>, Rest, RestIndex>
    : shadow_merge_impl<list<O...>, Rest,
                        count_true({!std::is_void_v<entry_t<RestIndex, O::name>>...}) != 0> {};

template <class Self, class... Members>
struct layout {
  using self = Self;
  using members = list<Members...>;
  using direct_bases =
      typename bases_of<concat<std::conditional_t<Members::kind == member_kind::bases,
                                                  list<Members>, list<>>...>>::type;
  using class_attributes = concat<typename contribution<Members>::attributes...>;
  using own_cells = concat<typename contribution<Members>::cells...>;
  using own_attributes = typename owned_list<Self, class_attributes>::type;
  using own_getattr_hook = typename first_of_kind<member_kind::getattr_hook, Members...>::type;
  using own_getattribute_hook =
      typename first_of_kind<member_kind::getattribute_hook, Members...>::type;

  using mro_builder = checked_mro<Self, direct_bases>;
  using mro = typename mro_builder::type;
};

}  // namespace detail
}  // namespace descr
