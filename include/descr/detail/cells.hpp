#pragma once
// Instance entries ("the instance dict"), stored inside the object: one base class per entry,
// in declaration order, so that fields sit at a plain struct's offsets. A field is its own
// entry (layout.hpp); a cell is the entry of a descriptor's per-instance storage.
#include <optional>
#include <type_traits>

#include "../fixed_string.hpp"
#include "../layout.hpp"
#include "name_hash.hpp"
#include "typelist.hpp"

namespace descr::detail {

template <fixed_string Name, class T, bool Absentable>
struct cell {
  static constexpr const auto& name = Name;
  static const std::uint64_t name_hash = fnv1a(Name.data, Name.size());
  using value_type = T;
  static const bool may_be_absent = false;
  static const int access_kind = 1;  // detail/fast_path.hpp
  T value{};
};

// An entry that may be missing: never set, or deleted.
template <fixed_string Name, class T>
struct cell<Name, T, true> {
  static constexpr const auto& name = Name;
  static const std::uint64_t name_hash = fnv1a(Name.data, Name.size());
  using value_type = T;
  static const bool may_be_absent = true;
  static const int access_kind = 2;
  std::optional<T> value;
};

// The entry of a given name (a cell or a field), found by deduction against the object's bases.
template <fixed_string Name, class T, bool A>
constexpr cell<Name, T, A>& cell_of(cell<Name, T, A>& c) noexcept {
  return c;
}
template <fixed_string Name, class T, bool A>
constexpr const cell<Name, T, A>& cell_of(const cell<Name, T, A>& c) noexcept {
  return c;
}
template <fixed_string Name, class T, class... O>
constexpr field<Name, T, O...>& cell_of(field<Name, T, O...>& c) noexcept {
  return c;
}
template <fixed_string Name, class T, class... O>
constexpr const field<Name, T, O...>& cell_of(const field<Name, T, O...>& c) noexcept {
  return c;
}

// The entry type of a name, or void: one deduction, made once per (class, name) by resolve.
template <fixed_string Name>
void cell_type(...);
template <fixed_string Name, class T, bool A>
cell<Name, T, A> cell_type(const cell<Name, T, A>*);
template <fixed_string Name, class T, class... O>
field<Name, T, O...> cell_type(const field<Name, T, O...>*);
template <fixed_string Name, class C>
using cell_t = decltype(cell_type<Name>(static_cast<const C*>(nullptr)));

template <class Cell, class Obj>
constexpr auto& as_cell(Obj& obj) noexcept {
  if constexpr (std::is_const_v<Obj>) return static_cast<const Cell&>(obj);
  else return static_cast<Cell&>(obj);
}

template <class Cells>
struct storage;
template <class... Cells>
struct storage<list<Cells...>> : Cells... {};

}  // namespace descr::detail
