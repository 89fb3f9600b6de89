#pragma once
// What descr computes once per class: its MRO, its instance entries merged along the MRO, an
// index of its own class attributes, and its hooks.
#include <algorithm>
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

struct is_class_attribute_t {
  template <class M>
  static constexpr bool test() {
    return is_class_attribute<M>;
  }
};
struct is_bases_t {
  template <class M>
  static constexpr bool test() {
    return M::kind == member_kind::bases;
  }
};

// The instance entries a member adds: a field's own, or the private slot of a descriptor
// that keeps per-instance storage (named "_" + name, absent until first set).
struct has_own_cell {
  template <class M>
  static constexpr bool test() {
    if constexpr (M::kind == member_kind::field) return true;
    else if constexpr (M::kind == member_kind::attr || M::kind == member_kind::attr_of)
      return has_storage<typename M::descriptor_type>;
    else return false;
  }
};

template <class M>
struct own_cell_of {
  using type = cell<private_name<M::name>, typename M::descriptor_type::storage_type, true>;
};
template <fixed_string Name, class T, class... Options>
struct own_cell_of<field<Name, T, Options...>> {
  using type = cell<Name, T, field<Name, T, Options...>::may_be_absent>;
};

template <class L>
struct bases_of {
  using type = list<>;
};
template <class... B>
struct bases_of<list<bases<B...>>> {
  using type = list<B...>;
};

template <class Hook, class L>
struct hook_in;
template <class Hook, class... M>
struct hook_in<Hook, list<M...>> {
  static constexpr std::array<bool, sizeof...(M)> is{(M::kind == Hook::kind)...};
  static constexpr std::size_t index = [] {
    for (std::size_t i = 0; i != is.size(); ++i)
      if (is[i]) return i;
    return is.size();
  }();
  using type = std::conditional_t<index == sizeof...(M), void, type_at<index % sizeof...(M), M...>>;
};
template <class Hook>
struct hook_in<Hook, list<>> {
  using type = void;
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

// Class attributes found by name by deduction against one base per attribute.
template <fixed_string Name, class E>
struct class_entry {};
template <class Entries>
struct class_index;
template <class... E>
struct class_index<list<E...>> : class_entry<E::name, E>... {};
template <fixed_string Name, class E>
E find_entry(const class_entry<Name, E>*);

template <class Cells>
struct cell_names;
template <class... C>
struct cell_names<list<C...>> {
  static constexpr std::array<std::string_view, sizeof...(C)> names{C::name.view()...};
  static constexpr std::array<const void*, sizeof...(C)> tags{&type_tag<C>...};
};

// Python's instance dict is one namespace: an entry declared by several classes of the MRO
// is one entry, kept at the place of its first declaration (base-most first).
template <class Cells>
struct dedupe {
  using names = cell_names<Cells>;
  static constexpr std::size_t n = Cells::size;
  struct result {
    std::array<bool, n> keep{};
    bool consistent = true;
    std::size_t conflict = 0;
  };
  static constexpr result r = [] {
    result out;
    std::array<std::size_t, n> order{};
    for (std::size_t i = 0; i != n; ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [](std::size_t a, std::size_t b) {
      return names::names[a] < names::names[b] || (names::names[a] == names::names[b] && a < b);
    });
    for (std::size_t k = 0; k != n; ++k) {
      std::size_t i = order[k];
      bool first = k == 0 || names::names[order[k - 1]] != names::names[i];
      out.keep[i] = first;
      if (!first && names::tags[order[k - 1]] != names::tags[i] && out.consistent) {
        out.consistent = false;
        out.conflict = i;
      }
      if (!first) order[k] = order[k - 1];  // compare later duplicates with the first one
    }
    return out;
  }();
  static constexpr auto idx = true_indices<n, count_true(r.keep)>(r.keep);
  using type = pick<Cells, idx>;
};

template <class C>
struct own_cells_list_impl {
  using type = list<>;
};
template <class C>
  requires requires { typename C::descr_layout::own_cells; }
struct own_cells_list_impl<C> {
  using type = typename C::descr_layout::own_cells;
};
template <class C>
using own_cells_list = typename own_cells_list_impl<C>::type;

template <class Self, class... Members>
struct layout {
  using self = Self;
  using members = list<Members...>;
  using direct_bases = typename bases_of<filter<is_bases_t, members>>::type;
  using class_attributes = filter<is_class_attribute_t, members>;
  using own_cells = transform<own_cell_of, filter<has_own_cell, members>>;
  using own_attributes = typename owned_list<Self, class_attributes>::type;
  using own_getattr_hook = typename hook_in<getattr_hook<0>, members>::type;
  using own_getattribute_hook = typename hook_in<getattribute_hook<0>, members>::type;

  using mro_builder = checked_mro<Self, direct_bases>;
  using mro = typename mro_builder::type;
};

}  // namespace detail
}  // namespace descr
