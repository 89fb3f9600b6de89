#pragma once
// Instance entries ("the instance dict"), stored inside the object: one base class per entry,
// in declaration order, so that fields sit at a plain struct's offsets. Each is a field<...>
// (layout.hpp): a declared field, or the per-instance storage of a descriptor.
#include <type_traits>

#include "../fixed_string.hpp"
#include "../layout.hpp"
#include "typelist.hpp"

namespace descr::detail {

// The entry type of a name, or void: one deduction, made once per (class, name) by resolve.
template <fixed_string Name>
void cell_type(...);
template <fixed_string Name, class T, class... O>
field<Name, T, O...> cell_type(const field<Name, T, O...>*);
template <fixed_string Name, class C>
using cell_t = decltype(cell_type<Name>(static_cast<const C*>(nullptr)));

// Where the value of entry F is in an object of class C: a member pointer of C, converted from
// F's once per (C, F). An access through it (obj.*value_of<C, F>) converts nothing, where a cast
// of the object to F at each access costs clang two walks over all of C's entries, each a base
// of C (a class of 1000 attributes read and written once each: 0.23 G instructions, g++ 0.17 G).
template <class C, class F>
inline constexpr auto value_of = static_cast<decltype(F::value) C::*>(&F::value);

// The value of obj's entry Cell: a T, or a std::optional<T> for an entry that may be absent.
template <class Cell, class Obj>
constexpr auto& value_in(Obj& obj) noexcept {
  return obj.*value_of<std::remove_cv_t<Obj>, Cell>;
}

template <class Cells>
struct storage;
template <class... Cells>
struct storage<list<Cells...>> : Cells... {};

}  // namespace descr::detail
