#pragma once
// nth<I>::type<E...>: the type at position I of a pack, for compilers without a pack-indexing
// builtin (g++ 12). One explicit specialization per position below 32, each an alias that skips
// I parameters: naming nth<I> finds its specialization at once, and the alias is one
// substitution. (Overload resolution among one `pick` per type, the way before, cost g++ about
// 0.15 M instructions more per access of a class of 1000 attributes: compile_time.md,
// Session 26.) A position past 31 skips 32 at a time.
#include "config.hpp"
#include <cstddef>

namespace descr::detail {

#define DESCR_DETAIL_SKIP1 class,
#define DESCR_DETAIL_SKIP2 DESCR_DETAIL_SKIP1 DESCR_DETAIL_SKIP1
#define DESCR_DETAIL_SKIP4 DESCR_DETAIL_SKIP2 DESCR_DETAIL_SKIP2
#define DESCR_DETAIL_SKIP8 DESCR_DETAIL_SKIP4 DESCR_DETAIL_SKIP4
#define DESCR_DETAIL_SKIP16 DESCR_DETAIL_SKIP8 DESCR_DETAIL_SKIP8

template <std::size_t I>
struct nth {
  // A class, not an alias: a pack expanded into an alias's leading parameters is ill-formed
  // until it is substituted (CWG 1430).
  template <DESCR_DETAIL_SKIP16 DESCR_DETAIL_SKIP16 class... Rest>
  struct past32 {
    using type = typename nth<I - 32>::template type<Rest...>;
  };
  template <class... E>
  using type = typename past32<E...>::type;
};

#define DESCR_DETAIL_NTH(I, ...)                 \
  template <>                                    \
  struct nth<I> {                                \
    template <__VA_ARGS__ class E, class...>     \
    using type = E;                              \
  };
#define DESCR_DETAIL_NTH8(B, ...)                                                       \
  DESCR_DETAIL_NTH(B, __VA_ARGS__)                                                      \
  DESCR_DETAIL_NTH(B + 1, __VA_ARGS__ DESCR_DETAIL_SKIP1)                               \
  DESCR_DETAIL_NTH(B + 2, __VA_ARGS__ DESCR_DETAIL_SKIP2)                               \
  DESCR_DETAIL_NTH(B + 3, __VA_ARGS__ DESCR_DETAIL_SKIP2 DESCR_DETAIL_SKIP1)            \
  DESCR_DETAIL_NTH(B + 4, __VA_ARGS__ DESCR_DETAIL_SKIP4)                               \
  DESCR_DETAIL_NTH(B + 5, __VA_ARGS__ DESCR_DETAIL_SKIP4 DESCR_DETAIL_SKIP1)            \
  DESCR_DETAIL_NTH(B + 6, __VA_ARGS__ DESCR_DETAIL_SKIP4 DESCR_DETAIL_SKIP2)            \
  DESCR_DETAIL_NTH(B + 7, __VA_ARGS__ DESCR_DETAIL_SKIP4 DESCR_DETAIL_SKIP2 DESCR_DETAIL_SKIP1)

DESCR_DETAIL_NTH8(0, )
DESCR_DETAIL_NTH8(8, DESCR_DETAIL_SKIP8)
DESCR_DETAIL_NTH8(16, DESCR_DETAIL_SKIP16)
DESCR_DETAIL_NTH8(24, DESCR_DETAIL_SKIP16 DESCR_DETAIL_SKIP8)

#undef DESCR_DETAIL_NTH8
#undef DESCR_DETAIL_NTH
#undef DESCR_DETAIL_SKIP16
#undef DESCR_DETAIL_SKIP8
#undef DESCR_DETAIL_SKIP4
#undef DESCR_DETAIL_SKIP2
#undef DESCR_DETAIL_SKIP1

}  // namespace descr::detail
