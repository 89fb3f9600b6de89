#pragma once
// Python's comparisons of numbers for C++ arithmetic types: exact across int and float (2**53 + 1
// > 2.0**53), bool an int, NaN unordered. descr::int_or_float and descr::Number compare with them.
#include <compare>
#include <concepts>
#include <limits>
#include <type_traits>
#include <utility>

namespace descr::detail {

// The integer types a Python int holds here: those whose values all fit a long long (not
// unsigned long long; C++ has no unbounded int), and no character type.
template <class T>
concept small_integer =
    std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, char> &&
    !std::same_as<T, wchar_t> && !std::same_as<T, char8_t> && !std::same_as<T, char16_t> &&
    !std::same_as<T, char32_t> &&
    std::numeric_limits<T>::max() <= std::numeric_limits<long long>::max();

// Python compares ints and floats exactly (2**53 + 1 > 2.0**53), never by rounding the int
// to a float; NaN is unordered with everything. I is a promoted integer type (never bool).
template <std::integral I>
constexpr std::partial_ordering int_vs_float(I i, double d) noexcept {
  if (d != d) return std::partial_ordering::unordered;
  if (d >= 18446744073709551616.0) return std::partial_ordering::less;    // 2**64
  if (d < -9223372036854775808.0) return std::partial_ordering::greater;  // -2**63
  if (d >= 0) {
    auto whole = static_cast<unsigned long long>(d);  // exact: below 2**64
    if (std::cmp_less(i, whole)) return std::partial_ordering::less;
    if (std::cmp_greater(i, whole)) return std::partial_ordering::greater;
    return d - static_cast<double>(whole) > 0 ? std::partial_ordering::less
                                              : std::partial_ordering::equivalent;
  }
  auto whole = static_cast<long long>(d);
  if (std::cmp_less(i, whole)) return std::partial_ordering::less;
  if (std::cmp_greater(i, whole)) return std::partial_ordering::greater;
  return d - static_cast<double>(whole) < 0 ? std::partial_ordering::greater
                                            : std::partial_ordering::equivalent;
}
// Two arithmetic values as Python compares them; bool is an int (0 or 1), as in Python. The
// unary + promotes bool and character types to int, which std::cmp_less requires.
template <class A, class B>
constexpr std::partial_ordering compare_exact(A a, B b) noexcept {
  if constexpr (std::is_floating_point_v<A> && std::is_floating_point_v<B>)
    return static_cast<double>(a) <=> static_cast<double>(b);
  else if constexpr (std::is_floating_point_v<B>)
    return int_vs_float(+a, static_cast<double>(b));
  else if constexpr (std::is_floating_point_v<A>)
    return 0 <=> int_vs_float(+b, static_cast<double>(a));
  else if (std::cmp_less(+a, +b))
    return std::partial_ordering::less;
  else
    return std::cmp_greater(+a, +b) ? std::partial_ordering::greater
                                    : std::partial_ordering::equivalent;
}

// The four tests of Number's bounds, as Python's operators give them: exact across int and
// float, false when either side is NaN.
enum class order_test { less, greater, less_equal, greater_equal };
template <order_test Test, class A, class B>
[[gnu::always_inline]] constexpr bool test_exact(A a, B b) noexcept {
  if constexpr (std::is_integral_v<A> && std::is_integral_v<B>) {
    // Two ints: the one comparison (+ promotes bool, which std::cmp_less refuses).
    if constexpr (Test == order_test::less) return std::cmp_less(+a, +b);
    else if constexpr (Test == order_test::greater) return std::cmp_greater(+a, +b);
    else if constexpr (Test == order_test::less_equal) return std::cmp_less_equal(+a, +b);
    else return std::cmp_greater_equal(+a, +b);
  } else if constexpr (std::is_floating_point_v<A> && std::is_floating_point_v<B>) {
    auto x = static_cast<double>(a), y = static_cast<double>(b);
    if constexpr (Test == order_test::less) return x < y;
    else if constexpr (Test == order_test::greater) return x > y;
    else if constexpr (Test == order_test::less_equal) return x <= y;
    else return x >= y;
  } else {
    std::partial_ordering order = compare_exact(a, b);
    if constexpr (Test == order_test::less) return order < 0;
    else if constexpr (Test == order_test::greater) return order > 0;
    else if constexpr (Test == order_test::less_equal) return order <= 0;
    else return order >= 0;
  }
}
}  // namespace descr::detail
