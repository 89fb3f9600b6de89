#pragma once
// Introspection: vars(obj), the instance entries that are present, and dir(C), the names a
// class declares along its MRO. Printing them is <descr/repr.hpp>'s.
#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include "detail/class_attributes.hpp"
#include "object.hpp"

namespace descr {

namespace detail {

// Whether entry Cell, of value v (detail/cells.hpp's value_in), is present, and its value.
template <class Cell, class V>
inline constexpr bool is_present(const V& v) {
  if constexpr (Cell::may_be_absent) return v.has_value();
  else return true;
}
template <class Cell, class V>
constexpr decltype(auto) present_value(V& v) {
  if constexpr (Cell::may_be_absent) return *v;
  else return (v);
}

template <class C>
using cells_of = typename layout_of<C>::cells;

// The entries of Python's instance __dict__: all but the hidden storage of members (slots).
template <class Cells>
struct dict_cells_impl;
template <class... Cell>
struct dict_cells_impl<list<Cell...>> {
  using type = concat<std::conditional_t<is_hidden_name(Cell::name), list<>, list<Cell>>...>;
};
template <class C>
using dict_cells_of = typename dict_cells_impl<cells_of<C>>::type;

// Whether objects of C have an instance __dict__: not when every entry along its MRO is the
// storage of a member, as a Python class whose classes all declare __slots__ has none.
template <class C>
inline constexpr bool has_instance_dict =
    dict_cells_of<C>::size != 0 || cells_of<C>::size == 0;

}  // namespace detail

// vars(obj): the instance entries that are present, in declaration order (base-most class
// first), as name/value pairs. Iterate with for_each(f(name, value)); print it as Python does.
// Members (slots) are not instance entries: they are not listed, and an object whose entries
// are all members has no __dict__ (vars of it is Python's TypeError, at compile time).
template <class Obj>
class vars_view {
 public:
  explicit constexpr vars_view(Obj& obj) noexcept : obj_(&obj) {}

  template <class F>
  constexpr void for_each(F&& f) const {
    detail::for_each_type<detail::dict_cells_of<detail::class_of<Obj>>>([&]<class Cell>(Cell*) {
      auto& v = detail::value_in<Cell>(*obj_);
      if (detail::is_present<Cell>(v)) f(Cell::name.view(), detail::present_value<Cell>(v));
    });
  }
  constexpr std::size_t size() const {
    std::size_t n = 0;
    for_each([&](std::string_view, const auto&) { ++n; });
    return n;
  }
  constexpr bool contains(std::string_view name) const {
    bool found = false;
    for_each([&](std::string_view n, const auto&) { found = found || n == name; });
    return found;
  }

 private:
  Obj* obj_;
};

template <Object Obj>
constexpr vars_view<Obj> vars(Obj& obj) noexcept {
  if constexpr (!detail::has_instance_dict<detail::class_of<Obj>>)
    static_assert(diagnostics::object_has_an_instance_dict<detail::class_of<Obj>>,
                  "vars() argument must have __dict__ attribute: the object's entries are all "
                  "members (slots)");
  return vars_view<Obj>(obj);
}

namespace detail {
template <class... K>
constexpr auto all_names(list<K...>*) {
  constexpr std::size_t n =
      (0 + ... + (layout_of<K>::class_attributes::size +
                  dict_cells_impl<typename layout_of<K>::own_cells>::type::size));
  std::array<std::string_view, n> names{};
  std::size_t i = 0;
  auto add = [&]<class M>(M*) { names[i++] = M::name.view(); };
  for_each_type<concat<typename layout_of<K>::class_attributes...,
                       typename dict_cells_impl<typename layout_of<K>::own_cells>::type...>>(add);
  // Insertion sort: <algorithm> would cost every user of descr.hpp its include time.
  for (std::size_t j = 1; j < n; ++j)
    for (std::size_t k = j; k != 0 && names[k] < names[k - 1]; --k) {
      auto t = names[k];
      names[k] = names[k - 1];
      names[k - 1] = t;
    }
  return names;
}
template <class C>
struct dir_names {
  static constexpr auto all = all_names(static_cast<mro_t<C>*>(nullptr));
  static constexpr std::size_t unique = [] {
    std::size_t u = 0;
    for (std::size_t i = 0; i != all.size(); ++i) u += i == 0 || all[i] != all[i - 1];
    return u;
  }();
  static constexpr auto value = [] {
    std::array<std::string_view, unique> out{};
    std::size_t u = 0;
    for (std::size_t i = 0; i != all.size(); ++i)
      if (i == 0 || all[i] != all[i - 1]) out[u++] = all[i];
    return out;
  }();
};
}  // namespace detail

// dir(C): the sorted names of C's class attributes along the MRO and of the instance entries
// its layout declares (declared entries are like __slots__, which dir lists too); the hidden
// storage of members is not listed (their names are, as class attributes).
template <class C>
constexpr const auto& dir() noexcept {
  return detail::dir_names<C>::value;
}

}  // namespace descr
