#pragma once
// A class's instance entries ("the instance dict") merged along its MRO, and the facts about
// its hierarchy that object<> checks.
#include <type_traits>

#include "c3.hpp"
#include "cells.hpp"
#include "class_layout.hpp"
#include "typelist.hpp"
#include "unique_names.hpp"

namespace descr::detail {

// The instance entries of Acc, then those of Own whose names Acc lacks: Python's instance dict
// is one namespace, so an entry declared again further down the MRO stays one entry, at the
// place of its first declaration. Most classes redeclare nothing, which the names' hashes
// tell (append_cells below); the others look Acc's names up by deduction against the storage
// that holds them (for a single base, the very base class of that base's objects).
//
// What Acc (its storage S) holds under Cell's name, found by one deduction per own entry:
// 0 nothing, 1 the same entry (a value of the same type, absentable or not alike: a field
// redeclared with other options, such as another default, is the same entry), 2 an entry of
// another type (a conflict).
template <class Prior, class Cell>
inline constexpr int entry_state =
    std::is_same_v<typename Prior::value_type, typename Cell::value_type> &&
            Prior::may_be_absent == Cell::may_be_absent
        ? 1
        : 2;
template <class Cell>
inline constexpr int entry_state<void, Cell> = 0;
template <class Cell, class S>
inline constexpr int prior_state = entry_state<cell_t<Cell::name, S>, Cell>;

// Acc and Own merged, by deduction of each own entry against Acc's storage S: only for a
// class that may redeclare a name (shares a name hash with Acc).
template <class Acc, class Own, class S = storage<Acc>>
struct merge_cells;
template <class... A, class... N, class S>
struct merge_cells<list<A...>, list<N...>, S> {
  static const std::size_t conflict = first_true({(prior_state<N, S> == 2)...});
  using type =
      concat<list<A...>, std::conditional_t<prior_state<N, S> == 0, list<N>, list<>>...>;
};

template <class Acc, class Own, bool Append>
struct append_cells : merge_cells<Acc, Own> {
  static const bool consistent = append_cells::conflict == Own::size;
  // Named only on the error path.
  template <class O = Own>
  static constexpr auto conflict_name() {
    return at<O, append_cells::conflict % O::size>::name;
  }
};
// The common case, decided from the names' hashes (computed once per name): no own entry is
// named like one of Acc's.
template <class... A, class... N>
struct append_cells<list<A...>, list<N...>, true> {
  using type = list<A..., N...>;
  static const bool consistent = true;
};

// The hashes of a step's entries' names (a name_hash_set), built for a step whose bases have
// entries (its `repeats` answers appends, below) and read by the step after it. Key: the step
// (void: no entries).
template <class Key>
inline constexpr name_hash_set<entry_set_capacity(0)> entry_hashes{};
template <class Rest, class Own>
struct cells_step;
template <class Rest, class... N>
inline constexpr name_hash_set<entry_set_capacity(Rest::type::size + sizeof...(N))>
    entry_hashes<cells_step<Rest, list<N...>>>{entry_hashes<typename Rest::key>,
                                               {N::name_hash...}};

// Whether Own's entries are appended to Rest's: none of their names' hashes is one of Rest's or
// repeats (the table is not built when Rest has no entries). A `static const` member, not a
// variable template: no symbol named by the entries (typelist.hpp).
template <class Rest, class Own, bool = (Rest::type::size == 0)>
struct appends {
  static const bool value = true;
};
template <class Rest, class Own>
struct appends<Rest, Own, false> {
  static const bool value = !entry_hashes<cells_step<Rest, Own>>.repeats;
};

// The entries of the classes after some class (Rest), then its own (Own). The first
// conflicting name, if any, is reported by object<> in one error.
template <class Rest, class Own>
struct cells_step {
  using key = cells_step;
  using step = append_cells<typename Rest::type, Own, appends<Rest, Own>::value>;
  using type = typename step::type;
  static const bool consistent = Rest::consistent && step::consistent;
  template <class R = Rest>
  static constexpr auto conflict_name() {
    if constexpr (!R::consistent) return R::template conflict_name<>();
    else return step::template conflict_name<>();
  }
};

// The instance entries along an MRO (or a tail of one), base-most class first. A tail that is
// some class's whole MRO is that class's entries, computed once: single inheritance appends a
// class's own entries to its base's.
template <class Classes>
struct cells_over {
  using key = void;
  using type = list<>;
  static const bool consistent = true;
};
template <class K, class... Rest>
  requires std::is_same_v<typename K::descr_layout::mro, list<K, Rest...>>
struct cells_over<list<K, Rest...>> : K::descr_layout::cells_builder {};
template <class K, class... Rest>
struct cells_over<list<K, Rest...>>
    : cells_step<cells_over<list<Rest...>>, typename K::descr_layout::own_cells> {};

template <class Layout, class Mro = typename Layout::mro>
struct cells_of_layout;
template <class Layout, class Self, class... Rest>
struct cells_of_layout<Layout, list<Self, Rest...>>
    : cells_step<cells_over<list<Rest...>>, typename Layout::own_cells> {};

template <class... B>
constexpr std::size_t first_foreign(list<B...>*) {
  return first_true({!descr_class<B>...});
}
template <class Self, class... Members>
struct full_layout : layout<Self, Members...> {
  using base = layout<Self, Members...>;
  using bases_list = typename base::direct_bases;
  // `static const`, not constexpr: no symbol named by the member list (typelist.hpp).
  static const std::size_t foreign = first_foreign(static_cast<bases_list*>(nullptr));
  static const std::size_t duplicate = first_repeat_in(static_cast<bases_list*>(nullptr));
  using class_attributes = typename base::class_attributes;
  using own_cells = typename base::own_cells;
  // A name declared twice in the class: two class attributes, or two instance entries (two
  // fields, or a field named like a descriptor's private storage "_" + name).
  static const std::size_t twice_attribute = first_repeated_name<class_attributes>::value;
  static const std::size_t twice_cell = first_repeated_name<own_cells>::value;
  static const bool names_once =
      twice_attribute == class_attributes::size && twice_cell == own_cells::size;
  using cells_builder = cells_of_layout<base>;
  // A class that declares an entry twice stores none, so that object<>'s error is the only one.
  using cells = std::conditional_t<names_once, typename cells_builder::type, list<>>;
  // False once object<> has reported the class's one error: lookups on it then stay silent.
  static const bool hierarchy_ok = foreign == bases_list::size &&
                                   duplicate == bases_list::size && base::mro_builder::ok &&
                                   names_once && cells_builder::consistent;
};

}  // namespace descr::detail
