#pragma once
// Minimal typelists. Filtering is a concatenation of one list per member rather than a fold
// expression, so a class of 1000 members stays within clang's bracket depth.
#include "config.hpp"
#include <array>
#include <cstddef>
#include <initializer_list>
#include <type_traits>
#include <utility>

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

#if defined(__clang__)
template <std::size_t I, class... Ts>
using type_at = __type_pack_element<I, Ts...>;
#else
template <std::size_t I, class T>
struct indexed {
  using type = T;
};
template <class Seq, class... Ts>
struct indexer;
template <std::size_t... I, class... Ts>
struct indexer<std::index_sequence<I...>, Ts...> : indexed<I, Ts>... {};
template <std::size_t I, class T>
indexed<I, T> select_at(const indexed<I, T>*);
template <std::size_t I, class... Ts>
using type_at = typename decltype(select_at<I>(
    static_cast<indexer<std::index_sequence_for<Ts...>, Ts...>*>(nullptr)))::type;
#endif

template <class L, std::size_t I>
struct at_impl;
template <class... Ts, std::size_t I>
struct at_impl<list<Ts...>, I> {
  using type = type_at<I, Ts...>;
};
template <class L, std::size_t I>
using at = typename at_impl<L, I>::type;

// list<Ts[Idx[0]], Ts[Idx[1]], ...> for a constexpr array of indices.
template <class L, auto Idx, class Seq = std::make_index_sequence<Idx.size()>>
struct pick_impl;
template <class... Ts, auto Idx, std::size_t... J>
struct pick_impl<list<Ts...>, Idx, std::index_sequence<J...>> {
  using type = list<type_at<Idx[J], Ts...>...>;
};
template <class L, auto Idx>
using pick = typename pick_impl<L, Idx>::type;

// Over a braced list of flags or type tags: plain functions, so that no class or function
// template is instantiated per list length (std::array<bool, N> would be, for every N).
constexpr std::size_t first_true(std::initializer_list<bool> flags) noexcept {
  std::size_t i = 0;
  for (bool b : flags) {
    if (b) return i;
    ++i;
  }
  return i;
}
constexpr std::size_t count_true(std::initializer_list<bool> flags) noexcept {
  std::size_t k = 0;
  for (bool b : flags) k += b;
  return k;
}
// The position of the first element equal to an earlier one, or the size.
constexpr std::size_t first_repeat(std::initializer_list<const void*> tags) noexcept {
  const void* const* t = tags.begin();
  for (std::size_t i = 0; i != tags.size(); ++i)
    for (std::size_t j = 0; j != i; ++j)
      if (t[i] == t[j]) return i;
  return tags.size();
}

template <class... Ls>
struct concat_impl;
template <>
struct concat_impl<> {
  using type = list<>;
};
template <class... Ts>
struct concat_impl<list<Ts...>> {
  using type = list<Ts...>;
};
template <class... A, class... B>
struct concat_impl<list<A...>, list<B...>> {
  using type = list<A..., B...>;
};
template <class... A, class... B, class... C>
struct concat_impl<list<A...>, list<B...>, list<C...>> {
  using type = list<A..., B..., C...>;
};
// Sixteen lists a step keeps the recursion shallow when a class's members are filtered as
// one list per member (a kept member is list<M>, a dropped one list<>).
template <class... A0, class... A1, class... A2, class... A3, class... A4, class... A5,
          class... A6, class... A7, class... A8, class... A9, class... A10, class... A11,
          class... A12, class... A13, class... A14, class... A15, class... Rest>
struct concat_impl<list<A0...>, list<A1...>, list<A2...>, list<A3...>, list<A4...>,
                   list<A5...>, list<A6...>, list<A7...>, list<A8...>, list<A9...>,
                   list<A10...>, list<A11...>, list<A12...>, list<A13...>, list<A14...>,
                   list<A15...>, Rest...>
    : concat_impl<list<A0..., A1..., A2..., A3..., A4..., A5..., A6..., A7..., A8..., A9...,
                       A10..., A11..., A12..., A13..., A14..., A15...>,
                  Rest...> {};
template <class... A, class... B, class... C, class... D, class... Rest>
  requires(sizeof...(Rest) < 12)
struct concat_impl<list<A...>, list<B...>, list<C...>, list<D...>, Rest...>
    : concat_impl<list<A..., B..., C..., D...>, Rest...> {};
template <class... Ls>
using concat = typename concat_impl<Ls...>::type;

// The elements of L after the first T (found: whether T is in L at all); super(B, obj)
// searches the MRO after B.
template <class T, class L>
struct after;
template <class T, class... Ts>
struct after<T, list<Ts...>> {
  static constexpr std::size_t index = first_true({std::is_same_v<T, Ts>...});
  static constexpr bool found = index != sizeof...(Ts);
  static constexpr auto positions = [] {
    std::array<std::size_t, found ? sizeof...(Ts) - index - 1 : 0> a{};
    for (std::size_t i = 0; i != a.size(); ++i) a[i] = index + 1 + i;
    return a;
  }();
  using type = pick<list<Ts...>, positions>;
};

// Calls f(static_cast<T*>(nullptr)) for each T of L, in order (an initializer list, which
// guarantees the order and, unlike a comma fold, has no nesting depth).
template <class L, class F>
constexpr void for_each_type(F&& f) {
  [&]<class... Ts>(list<Ts...>*) {
    [[maybe_unused]] int order[] = {0, (f(static_cast<Ts*>(nullptr)), 0)...};
  }(static_cast<L*>(nullptr));
}

}  // namespace descr::detail
