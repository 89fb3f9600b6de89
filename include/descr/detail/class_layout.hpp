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

template <class M>
struct is_class_attribute_t : std::bool_constant<is_class_attribute<M>> {};
template <class M>
struct is_bases_t : std::bool_constant<M::kind == member_kind::bases> {};

// The instance entries a member adds: a field's own, or the private slot of a descriptor
// that keeps per-instance storage (named "_" + name, absent until first set).
template <class M>
struct own_cells_of {
  using type = list<>;
};
template <fixed_string Name, class T, class... Options>
struct own_cells_of<field<Name, T, Options...>> {
  using type = list<cell<Name, T, field<Name, T, Options...>::may_be_absent>>;
};
template <class M>
  requires(M::kind == member_kind::attr || M::kind == member_kind::attr_of) &&
          has_storage<typename M::descriptor_type>
struct own_cells_of<M> {
  using type = list<cell<private_name_of(M::name), typename M::descriptor_type::storage_type, true>>;
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

// The class attributes a class declares itself, found by name by deduction.
template <fixed_string Name, class M>
struct class_entry {
  using member = M;
};
template <class Attrs>
struct class_index;
template <class... M>
struct class_index<list<M...>> : class_entry<M::name, M>... {};
template <fixed_string Name, class M>
M own_class_attribute(const class_entry<Name, M>*);

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
  using own_cells = concat<typename own_cells_of<Members>::type...>;
  using own_index = class_index<class_attributes>;
  using own_getattr_hook = typename hook_in<getattr_hook<0>, members>::type;
  using own_getattribute_hook = typename hook_in<getattribute_hook<0>, members>::type;

  using mro_builder = checked_mro<Self, direct_bases>;
  using mro = typename mro_builder::type;
};

}  // namespace detail
}  // namespace descr
