#pragma once
// The typelist itself, apart from the operations on it (typelist.hpp): the members of a class
// name their contributions to its lists with it (layout.hpp).
#include <cstddef>

namespace descr::detail {

// Constants of classes named by long lists are `static const`, not `static constexpr`: a
// constexpr one is an inline variable, a symbol, and g++ 12 mangles every symbol's name at the
// end of compilation, in time quadratic in its length (a class of 1000 members: 0.2 G
// instructions per symbol named by its member list). A `static const` integer with its value
// in the class is only declared: no symbol, and still a constant. Never bind it to a reference.
template <class... Ts>
struct list {
  static const std::size_t size = sizeof...(Ts);
};
// Flags as a type: `__is_same(bools<B...>, bools<(sizeof(M) != 0)...>)`, the second a true per
// element of the pack M that B was made from, says that every B is true by comparing two types,
// where count_true (typelist.hpp) evaluates a braced list of them: about 0.1 M clang
// instructions per element in a class of 500 members.
template <bool...>
struct bools {};

}  // namespace descr::detail
