#pragma once
// descr::Number: the HowTo's Number validator, an int or a float within optional bounds, held
// as Python's holds it, a descr::int_or_float (an int, a float or a bool), or as a plain int
// (descr::Number<int>):   descr::attr<"quantity", descr::Number{.minvalue = 0}>
#include <compare>
#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>

#include "../detail/python_compare.hpp"
#include "../detail/python_text.hpp"
#include "../errors.hpp"
#include "../protocol.hpp"
#include "../slot.hpp"
#include "validator.hpp"

namespace descr {

// A Python int, float or bool held by value: what Python's Number lets through (isinstance(value,
// (int, float)), so bool too), and descr::Number's default. It compares as Python compares
// numbers (exactly across int and float, True == 1, NaN unordered); repr() as Python: 5, 1e+100.
class int_or_float {
 public:
  enum class kind_t : unsigned char { integer, floating, boolean };

  constexpr int_or_float() noexcept : int_or_float(0) {}
  template <detail::small_integer T>
  constexpr int_or_float(T v) noexcept : kind_(kind_t::integer), integer_(v) {}
  template <std::floating_point T>
  constexpr int_or_float(T v) noexcept : kind_(kind_t::floating), floating_(static_cast<double>(v)) {}
  template <std::same_as<bool> T>
  constexpr int_or_float(T v) noexcept : kind_(kind_t::boolean), integer_(v) {}

  constexpr kind_t kind() const noexcept { return kind_; }
  constexpr bool is_int() const noexcept { return kind_ != kind_t::floating; }  // bool is an int
  constexpr bool is_float() const noexcept { return kind_ == kind_t::floating; }
  constexpr bool is_bool() const noexcept { return kind_ == kind_t::boolean; }

  // f(long long), f(double) or f(bool), with the value held; f returns one type for all three.
  template <class F>
  constexpr decltype(auto) visit(F&& f) const {
    if (kind_ == kind_t::floating) return static_cast<F&&>(f)(floating_);
    if (kind_ == kind_t::boolean) return static_cast<F&&>(f)(integer_ != 0);
    return static_cast<F&&>(f)(integer_);
  }

  std::string repr() const {
    if (kind_ == kind_t::floating) return detail::float_repr(floating_);
    if (kind_ == kind_t::boolean) return integer_ ? "True" : "False";
    return detail::int_repr(integer_);
  }

  friend constexpr std::partial_ordering operator<=>(const int_or_float& a,
                                                     const int_or_float& b) noexcept {
    return a.visit([&](auto x) { return b.visit([&](auto y) { return detail::compare_exact(x, y); }); });
  }
  friend constexpr bool operator==(const int_or_float& a, const int_or_float& b) noexcept {
    return (a <=> b) == 0;
  }

 private:
  kind_t kind_;
  union {
    long long integer_;
    double floating_;
  };
};

// A bound of descr::Number, given as a constant: an int, a float, a bool, or None (no bound,
// the default). A structural type, so that Number{.minvalue = 0} is a template argument.
struct optional_number {
  enum class kind_t : unsigned char { none, integer, floating, boolean } kind = kind_t::none;
  long long integer = 0;
  double floating = 0;

  constexpr optional_number() noexcept = default;
  constexpr optional_number(none_t) noexcept {}
  template <detail::small_integer T>
  constexpr optional_number(T v) noexcept : kind(kind_t::integer), integer(v) {}
  template <std::floating_point T>
  constexpr optional_number(T v) noexcept : kind(kind_t::floating), floating(static_cast<double>(v)) {}
  template <std::same_as<bool> T>
  constexpr optional_number(T v) noexcept : kind(kind_t::boolean), integer(v) {}

  constexpr bool has_value() const noexcept { return kind != kind_t::none; }
  // The number, once has_value() is known.
  constexpr int_or_float value() const noexcept {
    if (kind == kind_t::floating) return floating;
    if (kind == kind_t::boolean) return integer != 0;
    return integer;
  }
  std::string repr() const { return has_value() ? value().repr() : "None"; }
};

namespace detail {
// The Python numbers Number compares: C++ arithmetic types and int_or_float.
template <class V>
concept python_number = std::is_arithmetic_v<V> || std::same_as<V, int_or_float>;

// Test (python_compare.hpp) of a value against a bound of one kind: an int_or_float through
// the kind it holds.
template <order_test Test, python_number V, class B>
[[gnu::always_inline]] constexpr bool test_value(const V& v, B b) noexcept {
  if constexpr (std::is_same_v<V, int_or_float>)
    return v.visit([&](auto x) { return test_exact<Test>(x, b); });
  else
    return test_exact<Test>(v, b);
}
// The test of v against a bound, which must have a value: the bound's kind first, each kind
// through its own type, all always inlined. The bounds are constants, so the optimizer keeps
// one comparison, `v < 0` for Number<int>{.minvalue = 0}, as by hand (a bool from the start: a
// three-way result tested afterwards loses g++'s estimate that the rejection is unlikely).
template <order_test Test, python_number V>
[[gnu::always_inline]] constexpr bool test_bound(const V& v,
                                                 const optional_number& bound) noexcept {
  if (bound.kind == optional_number::kind_t::integer) return test_value<Test>(v, bound.integer);
  if (bound.kind == optional_number::kind_t::floating) return test_value<Test>(v, bound.floating);
  return test_value<Test>(v, bound.integer != 0);
}
}  // namespace detail

// class Number(Validator):
//     def __init__(self, minvalue=None, maxvalue=None, gt=None, lt=None): ...
//     def validate(self, value):
//         if not isinstance(value, (int, float)):
//             raise TypeError(f'Expected {value!r} to be an int or float')
//         if self.minvalue is not None and value < self.minvalue:
//             raise ValueError(f'Expected {value!r} to be at least {self.minvalue!r}')
//         if self.maxvalue is not None and value > self.maxvalue:
//             raise ValueError(f'Expected {value!r} to be no more than {self.maxvalue!r}')
//         if self.gt is not None and value <= self.gt:
//             raise ValueError(f'Expected {value!r} to be greater than {self.gt!r}')
//         if self.lt is not None and value >= self.lt:
//             raise ValueError(f'Expected {value!r} to be less than {self.lt!r}')
//
// minvalue and maxvalue are inclusive, gt and lt (pydantic's names) exclusive; NaN passes all
// four (Python's comparisons with NaN are false). T is the stored type: int_or_float (any
// Python number, bool included) or a C++ arithmetic type, taking what a field of that type
// takes (Number<int> refuses a double at compile time). A value of another type is the `wrong
// type for attribute` compile error; a std::variant holding one is Python's TypeError at run
// time. Bounds that leave no value (Number{.minvalue = 5, .maxvalue = 1}) do not compile.
template <class T = int_or_float>
struct Number {
  static_assert(std::is_arithmetic_v<T> || std::is_same_v<T, int_or_float>,
                "descr::Number<T> holds a C++ arithmetic type or descr::int_or_float");

  optional_number minvalue{};
  optional_number maxvalue{};
  optional_number gt{};  // exclusive bounds: Number{.gt = 0} takes 0.5, not 0
  optional_number lt{};

  // Validator's three members, here: with a base, g++ warns (-Wextra) at Number{.minvalue = 0}.
  using storage_type = T;
  template <class Obj>
  constexpr const T& get(Obj&, slot<T> private_value) const {
    return private_value.get();
  }
  template <class Obj, class V>
    requires detail::validator_takes<Number, T, V>
  [[gnu::always_inline]] constexpr void set(Obj&, V&& value, slot<T> private_value) const {
    validated_set(*this, static_cast<V&&>(value), private_value);
  }

  // The check inlines into the set; the message and the throw stay out of line (a cold path),
  // so that a validated set costs its comparisons and the store.
  template <class V>
  [[gnu::always_inline]] constexpr void validate(const V& value) const {
    if (int why = rejection(value)) [[unlikely]]
      raise<V>(value, why);
  }

  // Throws Python's error for a value rejection(value) refuses (TypeError for why 1, else
  // ValueError). Out of line (validate's cold path), taking a number by value, in a register (a
  // reference makes the set store it first); public, for checks by hand (tests/codegen).
  template <class V>
  [[noreturn, gnu::cold, gnu::noinline]] void raise(
      std::conditional_t<std::is_arithmetic_v<V>, V, const V&> value, int why) const {
    reject(value, why);
  }

  // validate's verdict without raising (refusal.hpp), and Python's message for a value
  // rejection(value) refuses (why, its result).
  template <class V>
  std::optional<refusal> why_not(const V& value) const {
    if (int why = rejection(value))
      return refusal{message(value, why), why == 1 ? refusal::type_error : refusal::value_error};
    return std::nullopt;
  }
  template <class V>
  std::string message(const V& value, int why) const {
    switch (why) {
      case 1: return detail::expected(detail::message_repr(value), "an int or float");
      case 2: return expected_bound(value, "at least ", minvalue);
      case 3: return expected_bound(value, "no more than ", maxvalue);
      case 4: return expected_bound(value, "greater than ", gt);
      default: return expected_bound(value, "less than ", lt);
    }
  }

  // What validate checks, without throwing: 0 for a value it takes, else the position of the
  // reason in `rejections` (the protocol addition that names it in a compile error where a
  // class is built by keyword in constant evaluation: init.hpp).
  using rejections = descr::rejections<"to be an int or float", "to be at least minvalue",
                                       "to be no more than maxvalue", "to be greater than gt",
                                       "to be less than lt">;
  template <class V>
  [[gnu::always_inline]] constexpr int rejection(const V& value) const noexcept {
    if constexpr (!detail::python_number<V>) {
      return 1;
    } else {
      using detail::order_test, detail::test_bound;
      if (minvalue.has_value() && test_bound<order_test::less>(value, minvalue)) return 2;
      if (maxvalue.has_value() && test_bound<order_test::greater>(value, maxvalue)) return 3;
      if (gt.has_value() && test_bound<order_test::less_equal>(value, gt)) return 4;
      if (lt.has_value() && test_bound<order_test::greater_equal>(value, lt)) return 5;
      return 0;
    }
  }

  // Checked where the class using it is defined (descr::object).
  constexpr std::string_view constant_error() const {
    if (minvalue.has_value() && maxvalue.has_value() &&
        (minvalue.value() <=> maxvalue.value()) > 0)
      return "minvalue is greater than maxvalue";
    if (empty_between(gt, lt)) return "gt is not less than lt";
    if (empty_between(minvalue, lt)) return "minvalue is not less than lt";
    if (empty_between(gt, maxvalue)) return "gt is not less than maxvalue";
    return {};
  }

 private:
  template <class V>
  [[noreturn, gnu::cold, gnu::noinline]] void reject(const V& value, int why) const {
    if (why == 1) DESCR_DETAIL_RAISE(type_error(message(value, why)));
    DESCR_DETAIL_RAISE(value_error(message(value, why)));
  }
  template <class V>
  static std::string expected_bound(const V& value, std::string_view what,
                                    const optional_number& bound) {
    return detail::expected(detail::message_repr(value), std::string(what) + bound.repr());
  }
  // Whether no value can be above `low` and below `high` (one of them exclusive).
  static constexpr bool empty_between(const optional_number& low, const optional_number& high) {
    return low.has_value() && high.has_value() && (low.value() <=> high.value()) >= 0;
  }
};

}  // namespace descr
