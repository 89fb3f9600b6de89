#pragma once
// C3 linearization at compile time, as CPython's mro_implementation computes it.
#include <array>
#include <cstddef>

#include "typelist.hpp"

namespace descr {
namespace detail {

// Whether C is a descr class: it derives from descr::object, which names its layout. The one
// spelling of that question (descr::Object is the public one).
template <class C>
concept descr_class = requires { typename C::descr_layout; };

// A distinct address per type: type identity that constexpr code can compare in a loop.
template <class T>
inline constexpr char type_tag = 0;

template <class... Ts>
constexpr std::array<const void*, sizeof...(Ts)> tags_of(list<Ts...>*) {
  return {&type_tag<Ts>...};
}

// The merged order, as positions in the universe; on failure, the heads C3 could not merge.
template <std::size_t N>
struct c3_result {
  std::array<std::size_t, N> order{};
  std::size_t size = 0;
  bool ok = true;
};

// Merge the bases' MROs and the list of bases, as CPython's mro_implementation does. The
// universe U is every base's MRO followed by the bases; each sequence is a slice of it.
template <std::size_t N, std::size_t K>
constexpr c3_result<N> c3_merge(const std::array<const void*, N>& u,
                                const std::array<std::size_t, K + 1>& starts) {
  c3_result<N> r;
  std::array<std::size_t, K> head{};  // next position in each sequence
  for (std::size_t s = 0; s != K; ++s) head[s] = starts[s];
  auto in_tail = [&](const void* t) {
    for (std::size_t s = 0; s != K; ++s)
      for (std::size_t p = head[s] + 1; p < starts[s + 1]; ++p)
        if (u[p] == t) return true;
    return false;
  };
  for (;;) {
    bool any = false, found = false;
    const void* pick = nullptr;
    std::size_t pick_pos = 0;
    for (std::size_t s = 0; s != K && !found; ++s) {
      if (head[s] == starts[s + 1]) continue;
      any = true;
      if (!in_tail(u[head[s]])) {
        found = true;
        pick = u[head[s]];
        pick_pos = head[s];
      }
    }
    if (!any) return r;
    if (!found) {
      // Python's message names the heads of the sequences left, each once, in their order.
      r.ok = false;
      r.size = 0;
      for (std::size_t s = 0; s != K; ++s) {
        if (head[s] == starts[s + 1]) continue;
        bool seen = false;
        for (std::size_t i = 0; i != r.size; ++i) seen = seen || u[r.order[i]] == u[head[s]];
        if (!seen) r.order[r.size++] = head[s];
      }
      return r;
    }
    r.order[r.size++] = pick_pos;
    for (std::size_t s = 0; s != K; ++s)
      if (head[s] != starts[s + 1] && u[head[s]] == pick) ++head[s];
  }
}

// A base that is not a descr class gets a one-class MRO here, so that object<> can report it
// in one error of its own.
template <class C>
struct mro_list_impl {
  using type = list<C>;
};
template <descr_class C>
struct mro_list_impl<C> {
  using type = typename C::descr_layout::mro;
};
template <class C>
using mro_list = typename mro_list_impl<C>::type;

template <class Self, class Bases>
struct mro_of;

template <class Self>
struct mro_of<Self, list<>> {
  using type = list<Self>;
  using unmerged = list<>;
  static constexpr bool ok = true;
};

// Single inheritance needs no merge: the class, then its base's MRO.
template <class Self, class B>
struct mro_of<Self, list<B>> {
  using type = concat<list<Self>, mro_list<B>>;
  using unmerged = list<>;
  static constexpr bool ok = true;
};

template <class Self, class B1, class B2, class... Bs>
struct mro_of<Self, list<B1, B2, Bs...>> {
  using universe = concat<mro_list<B1>, mro_list<B2>, mro_list<Bs>..., list<B1, B2, Bs...>>;
  static constexpr std::size_t K = 3 + sizeof...(Bs);
  static constexpr auto starts = [] {
    std::array<std::size_t, K + 1> s{};
    std::size_t sizes[] = {mro_list<B1>::size, mro_list<B2>::size, mro_list<Bs>::size...,
                           2 + sizeof...(Bs)};
    for (std::size_t i = 0; i != K; ++i) s[i + 1] = s[i] + sizes[i];
    return s;
  }();
  static constexpr auto merged =
      c3_merge<universe::size, K>(tags_of(static_cast<universe*>(nullptr)), starts);
  static constexpr bool ok = merged.ok;
  static constexpr auto order = [] {
    std::array<std::size_t, merged.size> o{};
    for (std::size_t i = 0; i != merged.size; ++i) o[i] = merged.order[i];
    return o;
  }();
  // On failure the class keeps only itself, so that one error is reported, not a cascade.
  using type = concat<list<Self>, std::conditional_t<ok, pick<universe, order>, list<>>>;
  using unmerged = std::conditional_t<ok, list<>, pick<universe, order>>;
};

// A base that is not a descr class leaves the class with only itself as its MRO: object<>
// reports that one error, and nothing else looks into the foreign base.
template <class Self, class Bases>
struct checked_mro : mro_of<Self, Bases> {};
template <class Self, class... B>
  requires(!(descr_class<B> && ...))
struct checked_mro<Self, list<B...>> {
  using type = list<Self>;
  using unmerged = list<>;
  static constexpr bool ok = true;
};

template <class... B>
constexpr std::size_t first_repeat_in(list<B...>*) {
  return first_repeat({&type_tag<B>...});
}

}  // namespace detail
}  // namespace descr
