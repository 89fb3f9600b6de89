#pragma once
// Introspection: hasattr, vars, dir, mro, and Boost.Hana's Struct concept for descr classes.
#include <algorithm>
#include <array>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

#include <boost/hana/pair.hpp>
#include <boost/hana/string.hpp>
#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include "lookup.hpp"
#include "repr.hpp"

namespace descr {

// Python's C.__mro__ without `object`, as a Boost.Hana tuple of types.
template <class C>
inline constexpr auto mro = []<class... K>(detail::list<K...>*) {
  return boost::hana::make_tuple(boost::hana::type_c<K>...);
}(static_cast<detail::mro_t<C>*>(nullptr));

namespace detail {
template <class C, fixed_string Name>
concept always_present = detail::is(resolve<C, Name>::value, rule::instance) &&
                         !resolve<C, Name>::cell::may_be_absent;
}  // namespace detail

// hasattr(obj, 'x'): std::true_type / std::false_type where the rules decide it at compile
// time; a bool where it depends on run time (an absentable entry, a descriptor's get that may
// raise attribute_error, the class's hooks), found as Python does: by trying the read.
template <fixed_string Name, class Obj>
constexpr auto hasattr(Obj&& obj) {
  using T = std::remove_cvref_t<Obj>;
  if constexpr (detail::is_type_v<T>) {
    return std::bool_constant<detail::class_attribute<Name, detail::mro_t<typename T::type>>::found>{};
  } else {
    using C = detail::class_of<T>;
    using R = detail::resolve<C, Name>;
    constexpr bool hooked = !std::is_void_v<detail::getattribute_hook_of<C>>;
    if constexpr (!hooked && detail::is(R::value, rule::none)) {
      return std::false_type{};
    } else if constexpr (!hooked && (detail::is(R::value, rule::class_variable) ||
                                     detail::always_present<C, Name>)) {
      return std::true_type{};
    } else {
      try {
        static_cast<void>(getattr<Name>(obj));
        return true;
      } catch (const attribute_error&) {
        return false;
      }
    }
  }
}

namespace detail {

template <class Cell>
inline constexpr bool is_present(const Cell& c) {
  if constexpr (Cell::may_be_absent) return c.value.has_value();
  else return true;
}
template <class Cell>
constexpr decltype(auto) present_value(Cell& c) {
  if constexpr (std::remove_const_t<Cell>::may_be_absent) return *c.value;
  else return (c.value);
}

template <class C>
using cells_of = typename layout_of<C>::cells;

}  // namespace detail

// vars(obj): the instance entries that are present, in declaration order (base-most class
// first), as name/value pairs. Iterate with for_each(f(name, value)); print it as Python does.
template <class Obj>
class vars_view {
 public:
  explicit constexpr vars_view(Obj& obj) noexcept : obj_(&obj) {}

  template <class F>
  constexpr void for_each(F&& f) const {
    detail::for_each_type<detail::cells_of<detail::class_of<Obj>>>([&]<class Cell>(Cell*) {
      auto& c = static_cast<std::conditional_t<std::is_const_v<Obj>, const Cell&, Cell&>>(*obj_);
      if (detail::is_present(c)) f(Cell::name.view(), detail::present_value(c));
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
  // {'_name': 'Peter P', '_age': 10}
  std::string repr() const {
    std::string s = "{";
    for_each([&](std::string_view n, const auto& v) {
      if (s.size() > 1) s += ", ";
      s += descr::repr(n) + ": " + descr::repr(v);
    });
    return s + "}";
  }
  friend std::ostream& operator<<(std::ostream& os, const vars_view& v) { return os << v.repr(); }

 private:
  Obj* obj_;
};

template <Object Obj>
constexpr vars_view<Obj> vars(Obj& obj) noexcept {
  return vars_view<Obj>(obj);
}

namespace detail {
template <class... K>
constexpr auto all_names(list<K...>*) {
  constexpr std::size_t n = (0 + ... + (layout_of<K>::class_attributes::size + layout_of<K>::own_cells::size));
  std::array<std::string_view, n> names{};
  std::size_t i = 0;
  auto add = [&]<class M>(M*) { names[i++] = M::name.view(); };
  for_each_type<concat<typename layout_of<K>::class_attributes..., typename layout_of<K>::own_cells...>>(add);
  std::sort(names.begin(), names.end());
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
// its layout declares (declared entries are like __slots__, which dir lists too).
template <class C>
constexpr const auto& dir() noexcept {
  return detail::dir_names<C>::value;
}

}  // namespace descr

// Boost.Hana's Struct concept: hana::keys, hana::members and hana::for_each over a descr
// object's instance fields (its plain and absentable entries, the latter as std::optional).
namespace boost::hana {
template <class T>
struct accessors_impl<T, when<descr::Object<T>>> {
  template <descr::fixed_string Name, std::size_t... I>
  static constexpr auto key(std::index_sequence<I...>) {
    return hana::string_c<Name.data[I]...>;
  }
  static constexpr auto apply() {
    return []<class... Cell>(descr::detail::list<Cell...>*) {
      return hana::make_tuple(hana::make_pair(
          key<Cell::name>(std::make_index_sequence<Cell::name.size()>{}),
          [](auto&& obj) -> decltype(auto) {
            return (static_cast<std::conditional_t<std::is_const_v<std::remove_reference_t<decltype(obj)>>,
                                                   const Cell&, Cell&>>(obj)
                        .value);
          })...);
    }(static_cast<descr::detail::cells_of<descr::detail::class_of<T>>*>(nullptr));
  }
};
}  // namespace boost::hana
