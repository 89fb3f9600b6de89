#pragma once
// Opt-in: Boost.Hana's Struct concept for descr classes, so that hana::keys, hana::members and
// hana::for_each work over a descr object's instance entries (absentable ones as
// std::optional), the ones vars lists (not the storage of members). Not included by descr.hpp.
#include <cstddef>
#include <type_traits>
#include <utility>

#include <boost/hana/pair.hpp>
#include <boost/hana/string.hpp>
#include <boost/hana/tuple.hpp>

#include "reflect.hpp"

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
    }(static_cast<descr::detail::dict_cells_of<descr::detail::class_of<T>>*>(nullptr));
  }
};
}  // namespace boost::hana
