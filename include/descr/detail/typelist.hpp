#pragma once
// Minimal typelists. Filtering is a concatenation of one list per member rather than a fold
// expression, so a class of 1000 members stays within clang's bracket depth.
#include "config.hpp"
#include "list.hpp"
#include <array>
#include <cstddef>
#include <initializer_list>
#include <type_traits>
#include <utility>

namespace descr::detail {

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

// Concatenation, sixty-four lists a step (concat_long), then sixteen (concat_16), then four
// (concat_4), each class handing what is left to the narrower one through its primary template.
// One partial specialization per class template: a step is matched against one pattern, where
// a class with a specialization per width (and a constraint to choose between them) matched
// each step against all of them (1000 members: clang 0.12 G instructions more, g++ 0.05 G).
template <class... Ls>
struct concat_small;
template <>
struct concat_small<> {
  using type = list<>;
};
template <class... Ts>
struct concat_small<list<Ts...>> {
  using type = list<Ts...>;
};
template <class... A, class... B>
struct concat_small<list<A...>, list<B...>> {
  using type = list<A..., B...>;
};
template <class... A, class... B, class... C>
struct concat_small<list<A...>, list<B...>, list<C...>> {
  using type = list<A..., B..., C...>;
};
template <class... Ls>
struct concat_4 : concat_small<Ls...> {};
template <class... A, class... B, class... C, class... D, class... Rest>
struct concat_4<list<A...>, list<B...>, list<C...>, list<D...>, Rest...>
    : concat_4<list<A..., B..., C..., D...>, Rest...> {};
template <class... Ls>
struct concat_16 : concat_4<Ls...> {};
template <class... A0, class... A1, class... A2, class... A3, class... A4, class... A5,
          class... A6, class... A7, class... A8, class... A9, class... A10, class... A11,
          class... A12, class... A13, class... A14, class... A15, class... Rest>
struct concat_16<list<A0...>, list<A1...>, list<A2...>, list<A3...>, list<A4...>, list<A5...>,
                 list<A6...>, list<A7...>, list<A8...>, list<A9...>, list<A10...>, list<A11...>,
                 list<A12...>, list<A13...>, list<A14...>, list<A15...>, Rest...>
    : concat_16<list<A0..., A1..., A2..., A3..., A4..., A5..., A6..., A7..., A8..., A9..., A10...,
                     A11..., A12..., A13..., A14..., A15...>,
                Rest...> {};
// Long concatenations: each step is named by all the lists that follow, so filtering a class's
// members as one list per member (a kept member is list<M>, a dropped one list<>) costs time
// quadratic in their number over the step's width (1000 members: 0.7 G compiler instructions
// at sixteen a step, 0.1 G at sixty-four).
template <class... Ls>
struct concat_long : concat_16<Ls...> {};
template <class... A0, class... A1, class... A2, class... A3, class... A4, class... A5,
          class... A6, class... A7, class... A8, class... A9, class... A10, class... A11,
          class... A12, class... A13, class... A14, class... A15, class... A16, class... A17,
          class... A18, class... A19, class... A20, class... A21, class... A22, class... A23,
          class... A24, class... A25, class... A26, class... A27, class... A28, class... A29,
          class... A30, class... A31, class... A32, class... A33, class... A34, class... A35,
          class... A36, class... A37, class... A38, class... A39, class... A40, class... A41,
          class... A42, class... A43, class... A44, class... A45, class... A46, class... A47,
          class... A48, class... A49, class... A50, class... A51, class... A52, class... A53,
          class... A54, class... A55, class... A56, class... A57, class... A58, class... A59,
          class... A60, class... A61, class... A62, class... A63, class... Rest>
struct concat_long<list<A0...>, list<A1...>, list<A2...>, list<A3...>, list<A4...>, list<A5...>,
                   list<A6...>, list<A7...>, list<A8...>, list<A9...>, list<A10...>, list<A11...>,
                   list<A12...>, list<A13...>, list<A14...>, list<A15...>, list<A16...>,
                   list<A17...>, list<A18...>, list<A19...>, list<A20...>, list<A21...>,
                   list<A22...>, list<A23...>, list<A24...>, list<A25...>, list<A26...>,
                   list<A27...>, list<A28...>, list<A29...>, list<A30...>, list<A31...>,
                   list<A32...>, list<A33...>, list<A34...>, list<A35...>, list<A36...>,
                   list<A37...>, list<A38...>, list<A39...>, list<A40...>, list<A41...>,
                   list<A42...>, list<A43...>, list<A44...>, list<A45...>, list<A46...>,
                   list<A47...>, list<A48...>, list<A49...>, list<A50...>, list<A51...>,
                   list<A52...>, list<A53...>, list<A54...>, list<A55...>, list<A56...>,
                   list<A57...>, list<A58...>, list<A59...>, list<A60...>, list<A61...>,
                   list<A62...>, list<A63...>, Rest...> : concat_long<
    list<A0..., A1..., A2..., A3..., A4..., A5..., A6..., A7..., A8..., A9..., A10..., A11...,
         A12..., A13..., A14..., A15..., A16..., A17..., A18..., A19..., A20..., A21..., A22...,
         A23..., A24..., A25..., A26..., A27..., A28..., A29..., A30..., A31..., A32..., A33...,
         A34..., A35..., A36..., A37..., A38..., A39..., A40..., A41..., A42..., A43..., A44...,
         A45..., A46..., A47..., A48..., A49..., A50..., A51..., A52..., A53..., A54..., A55...,
         A56..., A57..., A58..., A59..., A60..., A61..., A62..., A63...>, Rest...> {};
// `concat` enters at the widest step that the lists fill: a pattern wider than the lists given
// is a failed match, and a chain of small classes makes many short concatenations (32 classes
// of 31 members: clang 64 M instructions).
template <int Width>
struct concat_from {
  template <class... Ls>
  using type = typename concat_small<Ls...>::type;
};
template <>
struct concat_from<1> {
  template <class... Ls>
  using type = typename concat_4<Ls...>::type;
};
template <>
struct concat_from<2> {
  template <class... Ls>
  using type = typename concat_16<Ls...>::type;
};
template <>
struct concat_from<3> {
  template <class... Ls>
  using type = typename concat_long<Ls...>::type;
};
template <class... Ls>
using concat = typename concat_from<(sizeof...(Ls) >= 4) + (sizeof...(Ls) >= 16) +
                                    (sizeof...(Ls) >= 64)>::template type<Ls...>;

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
