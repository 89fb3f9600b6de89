#pragma once
// Instance entries ("the instance dict"), stored inside the object: one base class per entry,
// in declaration order, so that fields sit at a plain struct's offsets. Each is a field<...>
// (layout.hpp): a declared field, or the per-instance storage of a descriptor.
#include <type_traits>

#include "../fixed_string.hpp"
#include "../layout.hpp"
#include "typelist.hpp"

namespace descr::detail {

// The entry of a given name, found by deduction against the object's bases.
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
