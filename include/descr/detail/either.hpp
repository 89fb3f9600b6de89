#pragma once
// The type of a read whose answer depends on run time (DESIGN.md, "Reads whose answer depends
// on presence"): the one type both answers have after std::decay, else a std::variant of the
// distinct types. Never a conversion from one answer's type to the other's.
#include <type_traits>
#include <utility>
#include <variant>

#include "typelist.hpp"

namespace descr::detail {

// The alternatives of a type: those of a std::variant, else the type itself.
template <class T>
struct alternatives {
  using type = list<T>;
};
template <class... T>
struct alternatives<std::variant<T...>> {
  using type = list<T...>;
};

template <class T>
inline constexpr bool is_variant = false;
template <class... T>
inline constexpr bool is_variant<std::variant<T...>> = true;

// Acc with the elements of L that it lacks, in order.
template <class Acc, class L>
struct add_distinct {
  using type = Acc;
};
template <class... A, class T, class... Rest>
struct add_distinct<list<A...>, list<T, Rest...>>
    : add_distinct<std::conditional_t<(std::is_same_v<A, T> || ...), list<A...>, list<A..., T>>,
                   list<Rest...>> {};

template <class L>
struct one_or_variant;
template <class... T>
struct one_or_variant<list<T...>> {
  using type = std::variant<T...>;
};
template <class T>
struct one_or_variant<list<T>> {
  using type = T;
};

template <class... T>
using either = typename one_or_variant<typename add_distinct<
    list<>, concat<typename alternatives<std::decay_t<T>>::type...>>::type>::type;

// An answer as the read's type R (an either<...> it is one of).
template <class R, class V>
constexpr R widen(V&& v) {
  using D = std::decay_t<V>;
  if constexpr (std::is_same_v<R, D>) {
    return static_cast<V&&>(v);
  } else if constexpr (!std::is_same_v<typename alternatives<D>::type, list<D>>) {
    return std::visit([](auto&& x) { return widen<R>(static_cast<decltype(x)&&>(x)); },
                      static_cast<V&&>(v));
  } else {
    return R(std::in_place_type<D>, static_cast<V&&>(v));
  }
}

}  // namespace descr::detail
