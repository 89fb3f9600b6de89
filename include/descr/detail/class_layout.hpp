#pragma once
// What a class's own member list says, computed once per class: its bases and MRO, its own
// class attributes and instance entries, and its hooks.
#include <cstddef>
#include <initializer_list>
#include <type_traits>

#include "../layout.hpp"
#include "c3.hpp"
#include "typelist.hpp"

namespace descr::detail {

// A class attribute whose descriptor declares dependencies but no forget (protocol.hpp).
template <class M>
concept lacks_forget = HasDependencies<typename M::descriptor_type> &&
                       !declares_forget<typename M::descriptor_type>;

// Whether a class attribute keeps its value in hidden storage (a member, Python's __slots__).
template <class M>
consteval bool has_hidden_storage() {
  if constexpr (has_storage<typename M::descriptor_type>) return is_hidden_name(storage_name<M>);
  else return false;
}
// Whether the class attributes named Name are a member and something else. Only asked on the
// error path of a name declared twice.
template <fixed_string Name, class... M>
consteval bool slot_named(list<M...>*) {
  std::size_t slots = count_true({(M::name == Name && has_hidden_storage<M>())...});
  return slots != 0 && slots != count_true({M::name == Name...});
}

// The classes of a bases<...> member (void: none).
template <class M>
struct bases_of {
  using type = list<>;
};
template <class... B>
struct bases_of<bases<B...>> {
  using type = list<B...>;
};

// Where a class's members of the kinds it has at most one of are (its bases, its hooks; the
// members' count: none), and whether it has the members that may need a run-time set-up
// (an attr_of, a shared object): one pass over the members' kinds, as one braced list. Each class
// template given the whole member pack costs time linear in the class's size, so the class
// asks these in one function call rather than one class template per question.
struct kind_positions {
  std::size_t bases, getattr_hook, getattribute_hook;
  bool attr_of, shared;
};
constexpr kind_positions positions_of_kinds(std::initializer_list<int> kinds) noexcept {
  const std::size_t none = kinds.size();
  kind_positions p{none, none, none, false, false};
  std::size_t i = 0;
  for (int k : kinds) {
    if (k == member_kind::bases && p.bases == none) p.bases = i;
    if (k == member_kind::getattr_hook && p.getattr_hook == none) p.getattr_hook = i;
    if (k == member_kind::getattribute_hook && p.getattribute_hook == none)
      p.getattribute_hook = i;
    if (k == member_kind::attr_of) p.attr_of = true;
    if (k == member_kind::shared) p.shared = true;
    ++i;
  }
  return p;
}
// The positions as a type (a constant of layout would be a symbol named by the member list:
// typelist.hpp).
template <kind_positions K>
struct kinds_of {
  static constexpr kind_positions value = K;
};
// The member at I of the list L, or void when I is L's size: named only when there is one.
template <bool Found>
struct member_if {
  template <class L, std::size_t I>
  using type = void;
};
template <>
struct member_if<true> {
  template <class L, std::size_t I>
  using type = at<L, I>;
};
template <class L, std::size_t I>
using member_or_void = typename member_if<I != L::size>::template type<L, I>;

// A class attribute together with the class that declares it. It derives from M (an empty
// class of static members) for M's name and name_hash: members of its own cost each class
// attribute two more constant evaluations when a class's names table is built (clang 48 M
// instructions, g++ 35 M, at 1000 attributes).
template <class Owner, class M>
struct owned : M {
  using owner = Owner;
  using member = M;
  using value_type = void;  // no field to write (detail/fast_path.hpp)
  // detail/fast_path.hpp: 3 a constant of scalar type (told by two builtins: std::is_scalar
  // costs clang a disjunction of five), 4 another class attribute.
  static const int access_kind = M::kind == member_kind::attr &&
                                         !__is_class(typename M::descriptor_type) &&
                                         !__is_union(typename M::descriptor_type)
                                     ? 3
                                     : 4;
};
template <class Owner, class Attrs>
struct owned_list;
template <class Owner, class... M>
struct owned_list<Owner, list<M...>> {
  using type = list<owned<Owner, M>...>;
};

template <class Self, class... Members>
struct layout {
  using self = Self;
  using members = list<Members...>;
  using kinds = kinds_of<positions_of_kinds({Members::kind...})>;
  using direct_bases = typename bases_of<member_or_void<members, kinds::value.bases>>::type;
  // What each member adds: a class attribute (classvar, attr, attr_of), an instance entry (a
  // field, or the storage of a descriptor that keeps a per-instance value: "_" + name unless it
  // names it), both, or nothing (bases, hooks), as member types of the member itself.
  using class_attributes = concat<typename Members::contributed_attributes...>;
  using own_cells = concat<typename Members::contributed_cells...>;
  using own_attributes = typename owned_list<Self, class_attributes>::type;
  using own_getattr_hook = member_or_void<members, kinds::value.getattr_hook>;
  using own_getattribute_hook = member_or_void<members, kinds::value.getattribute_hook>;

  using mro_builder = checked_mro<Self, direct_bases>;
  using mro = typename mro_builder::type;
};

}  // namespace descr::detail
