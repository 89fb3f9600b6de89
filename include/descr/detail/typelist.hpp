#pragma once
// Minimal typelists. Filtering goes through constexpr index arrays rather than recursion or
// fold expressions, so a class of 1000 members stays within clang's bracket depth.
#include <array>
#include <cstddef>
#include <utility>

namespace descr::detail {

template <class... Ts>
struct list {
  static constexpr std::size_t size = sizeof...(Ts);
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

template <std::size_t N, std::size_t K>
constexpr std::array<std::size_t, K> true_indices(const std::array<bool, N>& keep) {
  std::array<std::size_t, K> out{};
  std::size_t k = 0;
  for (std::size_t i = 0; i != N; ++i)
    if (keep[i]) out[k++] = i;
  return out;
}

template <std::size_t N>
constexpr std::size_t first_true(const std::array<bool, N>& a) {
  for (std::size_t i = 0; i != N; ++i)
    if (a[i]) return i;
  return N;
}

template <std::size_t N>
constexpr std::size_t count_true(const std::array<bool, N>& keep) {
  std::size_t k = 0;
  for (bool b : keep) k += b;
  return k;
}

// The members of L for which Keep::test<M>() holds, in order. The predicate is a function
// template: much cheaper to instantiate per member than a class template.
template <class Keep, class L>
struct filter_impl;
template <class Keep, class... Ts>
struct filter_impl<Keep, list<Ts...>> {
  static constexpr std::array<bool, sizeof...(Ts)> keep{Keep::template test<Ts>()...};
  static constexpr auto idx = true_indices<sizeof...(Ts), count_true(keep)>(keep);
  using type = pick<list<Ts...>, idx>;
};
template <class Keep, class L>
using filter = typename filter_impl<Keep, L>::type;

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
// Four lists a step keeps the recursion shallow for long MROs.
template <class... A, class... B, class... C, class... D, class... Rest>
struct concat_impl<list<A...>, list<B...>, list<C...>, list<D...>, Rest...>
    : concat_impl<list<A..., B..., C..., D...>, Rest...> {};
template <class... Ls>
using concat = typename concat_impl<Ls...>::type;

template <template <class> class F, class L>
struct transform_impl;
template <template <class> class F, class... Ts>
struct transform_impl<F, list<Ts...>> {
  using type = list<typename F<Ts>::type...>;
};
template <template <class> class F, class L>
using transform = typename transform_impl<F, L>::type;

// Calls f(static_cast<T*>(nullptr)) for each T of L, in order (an initializer list, which
// guarantees the order and, unlike a comma fold, has no nesting depth).
template <class L, class F>
constexpr void for_each_type(F&& f) {
  [&]<class... Ts>(list<Ts...>*) {
    [[maybe_unused]] int order[] = {0, (f(static_cast<Ts*>(nullptr)), 0)...};
  }(static_cast<L*>(nullptr));
}

}  // namespace descr::detail
