#pragma once
// What descr computes once per class: its MRO, its instance entries merged along the MRO, an
// index of its own class attributes, and its hooks.
#include <array>
#include <string_view>
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

// What one member contributes to its class, classified in one instantiation per member:
// class attributes (classvar, attr, attr_of), instance entries (a field's own, or the private
// slot "_" + name of a descriptor that keeps per-instance storage), bases, hooks.
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
  static constexpr std::size_t index =
      first_true({(M::kind == Kind)...});
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

// Entries found by name with one deduction against one base per entry. An entry that takes
// precedence over an index of entries of the same names derives from that index, so that
// deduction, meeting two candidates of a name, picks the more derived one (CWG 2303,
// implemented by g++ 12 and clang 19): lookup along an MRO needs neither sorting nor
// filtering. The overriding entries form one chain, so every base is reached by one path.
template <fixed_string Name, class E, class... Over>
struct named : Over... {};
template <class E>
struct not_here {};

// The entry of a name, or void.
template <fixed_string Name>
void find_entry(...);
template <fixed_string Name, class E, class... Over>
E find_entry(const named<Name, E, Over...>*);
template <class Index, fixed_string Name>
using entry_t = decltype(find_entry<Name>(static_cast<const Index*>(nullptr)));

template <class Overriding, class Over>
struct chain_impl {
  using type = Over;
};
template <class E, class... Rest, class Over>
struct chain_impl<list<E, Rest...>, Over> {
  using type = named<E::name, E, typename chain_impl<list<Rest...>, Over>::type>;
};

// Entries (names unique) that take precedence over the index Over.
template <class Entries, class Over>
struct index_over;
template <class... E, class Over>
struct index_over<list<E...>, Over> {
  template <class X>
  static constexpr bool overrides = !std::is_void_v<entry_t<Over, X::name>>;
  struct plain : std::conditional_t<overrides<E>, not_here<E>, named<E::name, E>>... {};
  struct type : plain,
                chain_impl<concat<std::conditional_t<overrides<E>, list<E>, list<>>...>,
                           Over>::type {};
};
template <class... E>
struct index_over<list<E...>, void> {
  struct type : named<E::name, E>... {};
};

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
