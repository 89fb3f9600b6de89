// descr::Number (validators/number.hpp): the HowTo's Number validator, the Python number it
// holds by default (descr::int_or_float), and its bounds (descr::optional_number).
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/validators/number.hpp>

#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>

// class Number(Validator):   (the HowTo's, with Validator as in validator_test.cpp)
//     def __init__(self, minvalue=None, maxvalue=None): ...
//     def validate(self, value):
//         if not isinstance(value, (int, float)):
//             raise TypeError(f'Expected {value!r} to be an int or float')
//         if self.minvalue is not None and value < self.minvalue:
//             raise ValueError(f'Expected {value!r} to be at least {self.minvalue!r}')
//         if self.maxvalue is not None and value > self.maxvalue:
//             raise ValueError(f'Expected {value!r} to be no more than {self.maxvalue!r}')
// class Gauge:
//     level = Number(minvalue=0, maxvalue=10)

namespace {
struct Gauge : descr::object<Gauge, descr::attr<"level", descr::Number{.minvalue = 0, .maxvalue = 10}>> {};

const double nan = std::numeric_limits<double>::quiet_NaN();
const double inf = std::numeric_limits<double>::infinity();
}  // namespace

TEST_CASE("the HowTo's messages; bounds are inclusive") {
  // g = Gauge()
  // g.level = -1    # ValueError: Expected -1 to be at least 0
  // g.level = 11    # ValueError: Expected 11 to be no more than 10
  // g.level = 10.5  # ValueError: Expected 10.5 to be no more than 10
  // g.level = 0; g.level = 10; g.level = 10.0   # all stored
  Gauge g;
  CHECK_THROWS_WITH_AS(descr::setattr<"level">(g, -1), "Expected -1 to be at least 0", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"level">(g, 11), "Expected 11 to be no more than 10", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"level">(g, 10.5), "Expected 10.5 to be no more than 10", descr::value_error);
  descr::setattr<"level">(g, 0);
  CHECK(descr::getattr<"level">(g) == 0);
  descr::setattr<"level">(g, 10);
  CHECK(descr::repr(descr::getattr<"level">(g)) == "10");
  descr::setattr<"level">(g, 10.0);
  CHECK(descr::repr(descr::getattr<"level">(g)) == "10.0");
  CHECK(descr::repr(descr::vars(g)) == "{'_level': 10.0}");
}

TEST_CASE("a read before any set raises AttributeError for the private name; a failed set keeps the old value") {
  // Gauge().level                      # AttributeError: 'Gauge' object has no attribute '_level'
  // g.level = 5; g.level = 50          # ValueError: Expected 50 to be no more than 10
  // print(g.level)                     # 5
  Gauge g;
  CHECK_THROWS_WITH_AS(descr::getattr<"level">(g), "'Gauge' object has no attribute '_level'",
                       descr::attribute_error);
  CHECK_THROWS_AS(descr::setattr<"level">(g, -5), descr::value_error);
  CHECK_FALSE(descr::hasattr<"level">(g));
  descr::setattr<"level">(g, 5);
  CHECK_THROWS_AS(descr::setattr<"level">(g, 50), descr::value_error);
  CHECK(descr::getattr<"level">(g) == 5);
  CHECK(descr::getattr<"level">(g).is_int());
}

TEST_CASE("NaN passes both bounds, as Python's comparisons with it are false; infinities do not") {
  // g.level = float('nan'); print(g.level)   # nan
  // g.level = float('inf')     # ValueError: Expected inf to be no more than 10
  // g.level = -1e-300          # ValueError: Expected -1e-300 to be at least 0
  // g.level = -0.0; print(g.level)           # -0.0
  Gauge g;
  descr::setattr<"level">(g, nan);
  CHECK(descr::repr(descr::getattr<"level">(g)) == "nan");
  CHECK_THROWS_WITH_AS(descr::setattr<"level">(g, inf), "Expected inf to be no more than 10", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"level">(g, -inf), "Expected -inf to be at least 0", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"level">(g, -1e-300), "Expected -1e-300 to be at least 0", descr::value_error);
  descr::setattr<"level">(g, -0.0);
  CHECK(descr::repr(descr::getattr<"level">(g)) == "-0.0");
}

TEST_CASE("bool is an int, as isinstance(True, int) is: stored, printed and compared as Python does") {
  // g.level = True; print(g.level)   # True
  // class B: x = Number(minvalue=True)
  // B().x = False                    # ValueError: Expected False to be at least True
  Gauge g;
  descr::setattr<"level">(g, true);
  CHECK(descr::repr(descr::getattr<"level">(g)) == "True");
  CHECK(descr::getattr<"level">(g).is_bool());
  CHECK(descr::getattr<"level">(g) == 1);  // True == 1
  struct B : descr::object<B, descr::attr<"x", descr::Number{.minvalue = true}>> {};
  B b;
  CHECK_THROWS_WITH_AS(descr::setattr<"x">(b, false), "Expected False to be at least True", descr::value_error);
}

TEST_CASE("bounds keep their kind: an int bound prints as an int, a float bound as a float") {
  // class F: x = Number(minvalue=0.1, maxvalue=1e16)
  // F().x = 0            # ValueError: Expected 0 to be at least 0.1
  // F().x = 1e-5         # ValueError: Expected 1e-05 to be at least 0.1
  // F().x = 10**16 + 1   # ValueError: Expected 10000000000000001 to be no more than 1e+16
  // class H: x = Number(maxvalue=-3)
  // H().x = 0            # ValueError: Expected 0 to be no more than -3
  struct F : descr::object<F, descr::attr<"x", descr::Number{.minvalue = 0.1, .maxvalue = 1e16}>> {};
  struct H : descr::object<H, descr::attr<"x", descr::Number{.maxvalue = -3}>> {};
  F f;
  H h;
  CHECK_THROWS_WITH_AS(descr::setattr<"x">(f, 0), "Expected 0 to be at least 0.1", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"x">(f, 1e-5), "Expected 1e-05 to be at least 0.1", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"x">(f, 10000000000000001LL),
                       "Expected 10000000000000001 to be no more than 1e+16", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"x">(h, 0), "Expected 0 to be no more than -3", descr::value_error);
  descr::setattr<"x">(h, -3);
  CHECK(descr::getattr<"x">(h) == -3);
}

TEST_CASE("ints and floats compare exactly, never through a rounded int") {
  // class Big: x = Number(maxvalue=2.0**53)
  // Big().x = 2**53        # stored
  // Big().x = 2**53 + 1    # ValueError: Expected 9007199254740993 to be no more than 9007199254740992.0
  // (as a double, 2**53 + 1 rounds to 2**53: a comparison through double would let it pass)
  struct Big : descr::object<Big, descr::attr<"x", descr::Number{.maxvalue = 9007199254740992.0}>> {};
  Big b;
  descr::setattr<"x">(b, 9007199254740992LL);
  CHECK_THROWS_WITH_AS(descr::setattr<"x">(b, 9007199254740993LL),
                       "Expected 9007199254740993 to be no more than 9007199254740992.0",
                       descr::value_error);
  CHECK(descr::getattr<"x">(b) == 9007199254740992LL);
}

TEST_CASE("a value of a run-time type that is no number is Python's TypeError") {
  // g.level = 'V'     # TypeError: Expected 'V' to be an int or float
  // g.level = None    # TypeError: Expected None to be an int or float
  // (a value of a static type that is no number does not compile: compile_fail/wrong_type_number.cpp)
  Gauge g;
  using value = std::variant<long long, double, std::string, descr::none_t>;
  CHECK_THROWS_WITH_AS(descr::setattr<"level">(g, value("V")), "Expected 'V' to be an int or float",
                       descr::type_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"level">(g, value(descr::none)),
                       "Expected None to be an int or float", descr::type_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"level">(g, value(-2.5)), "Expected -2.5 to be at least 0",
                       descr::value_error);
  descr::setattr<"level">(g, value(3LL));
  CHECK(descr::repr(descr::getattr<"level">(g)) == "3");
  descr::setattr<"level">(g, value(2.5));
  CHECK(descr::repr(descr::getattr<"level">(g)) == "2.5");
  CHECK_FALSE(descr::getattr<"level">(g).is_int());
}

TEST_CASE("Number<T> keeps a plain C++ number: a field's size, a field's conversions, the same messages") {
  struct Stock : descr::object<Stock, descr::attr<"quantity", descr::Number<int>{.minvalue = 0}>> {};
  static_assert(std::is_same_v<descr::Number<int>::storage_type, int>);
  static_assert(sizeof(Stock) == sizeof(std::optional<int>));
  Stock s;
  descr::setattr<"quantity">(s, 5);
  static_assert(std::is_same_v<decltype(descr::getattr<"quantity">(s)), const int&>);
  CHECK(descr::getattr<"quantity">(s) == 5);
  CHECK_THROWS_WITH_AS(descr::setattr<"quantity">(s, -5), "Expected -5 to be at least 0", descr::value_error);
  CHECK(descr::getattr<"quantity">(s) == 5);

  struct Ratio : descr::object<Ratio, descr::attr<"r", descr::Number<double>{.minvalue = 0, .maxvalue = 1}>> {};
  Ratio r;
  descr::setattr<"r">(r, 1);  // an int into a double, as a double field takes it
  CHECK(descr::getattr<"r">(r) == 1.0);
  CHECK_THROWS_WITH_AS(descr::setattr<"r">(r, 1.5), "Expected 1.5 to be no more than 1", descr::value_error);
}

TEST_CASE("Number<std::size_t> compares the unsigned values above a long long exactly") {
  struct Count : descr::object<Count, descr::attr<"n", descr::Number<std::size_t>{.minvalue = -1, .maxvalue = 10}>> {};
  Count c;
  descr::setattr<"n">(c, std::size_t{0});
  CHECK_THROWS_WITH_AS(descr::setattr<"n">(c, std::numeric_limits<std::size_t>::max()),
                       "Expected 18446744073709551615 to be no more than 10", descr::value_error);
  CHECK(descr::getattr<"n">(c) == 0);
}

TEST_CASE("bounds that cannot hold together are a constant error, reported where the class is defined") {
  // (Python's Number takes them and rejects every value: compile_fail/number_bounds_inverted.cpp)
  static_assert(descr::Number{.minvalue = 5, .maxvalue = 1}.constant_error() ==
                "minvalue is greater than maxvalue");
  static_assert(descr::Number{.minvalue = 1, .maxvalue = 0.5}.constant_error() ==
                "minvalue is greater than maxvalue");
  static_assert(descr::Number{.minvalue = 1, .maxvalue = 1}.constant_error().empty());
  static_assert(descr::Number{.minvalue = 1}.constant_error().empty());
  static_assert(descr::Number{}.constant_error().empty());
  static_assert(descr::Number<int>{.minvalue = 0.5, .maxvalue = 1}.constant_error().empty());
}

TEST_CASE("int_or_float: a Python int, float or bool, compared and printed as Python does") {
  // print(5, 2.5, 1e100, True, 0.1 + 0.2)   # 5 2.5 1e+100 True 0.30000000000000004
  // print(True == 1, 1 == 1.0, 2 < 2.5, float('nan') == float('nan'))   # True True True False
  using descr::int_or_float;
  CHECK(int_or_float(5).repr() == "5");
  CHECK(int_or_float(2.5).repr() == "2.5");
  CHECK(int_or_float(1e100).repr() == "1e+100");
  CHECK(int_or_float(true).repr() == "True");
  CHECK(int_or_float(0.1 + 0.2).repr() == "0.30000000000000004");
  CHECK(descr::repr(int_or_float(2.0)) == "2.0");
  static_assert(int_or_float(true) == 1);
  static_assert(int_or_float(1) == 1.0);
  static_assert(int_or_float(2) < 2.5);
  static_assert(int_or_float(-3) < int_or_float(false));
  static_assert(int_or_float() == 0 && int_or_float().is_int());
  CHECK_FALSE(int_or_float(nan) == int_or_float(nan));
  CHECK_FALSE(int_or_float(nan) < 0);
  CHECK_FALSE(int_or_float(nan) > 0);
  static_assert(int_or_float(9007199254740993LL) > 9007199254740992.0);
  static_assert(int_or_float(-9007199254740993LL) < -9007199254740992.0);
  static_assert(int_or_float(static_cast<short>(7)).kind() == int_or_float::kind_t::integer);
  static_assert(int_or_float(1.5f).kind() == int_or_float::kind_t::floating);
  static_assert(int_or_float(true).is_bool() && int_or_float(true).is_int());
  // The C++ value it holds: f(long long), f(double) or f(bool).
  static_assert(int_or_float(2.5).visit([](auto v) { return std::is_same_v<decltype(v), double>; }));
  static_assert(int_or_float(false).visit([](auto v) { return std::is_same_v<decltype(v), bool>; }));
  // No unsigned long long (values past a long long) and no characters: C++ has no unbounded int.
  static_assert(!std::is_convertible_v<unsigned long long, int_or_float>);
  static_assert(!std::is_convertible_v<char, int_or_float>);
  static_assert(!std::is_convertible_v<const char*, int_or_float>);
  static_assert(std::is_convertible_v<unsigned, int_or_float>);
}

TEST_CASE("optional_number: a bound given as a constant, None by default") {
  static_assert(!descr::optional_number{}.has_value());
  static_assert(!descr::optional_number{descr::none}.has_value());
  static_assert(descr::optional_number{0}.has_value());
  CHECK(descr::optional_number{}.repr() == "None");
  CHECK(descr::optional_number{0}.repr() == "0");
  CHECK(descr::optional_number{0.5}.repr() == "0.5");
  CHECK(descr::optional_number{false}.repr() == "False");
  struct N : descr::object<N, descr::attr<"x", descr::Number{.minvalue = descr::none, .maxvalue = 3}>> {};
  N n;
  descr::setattr<"x">(n, -1000);
  CHECK(descr::getattr<"x">(n) == -1000);
}

namespace {
template <class F>
concept constant_evaluable = requires { typename std::bool_constant<(F{}(), true)>; };
}  // namespace

TEST_CASE("a validated set runs in constant evaluation; a rejected value is no constant expression") {
  struct Meter : descr::object<Meter, descr::attr<"level", descr::Number<int>{.minvalue = 0, .maxvalue = 10}>,
                               descr::attr<"ratio", descr::Number{.maxvalue = 1}>> {};
  static_assert(constant_evaluable<decltype([] {
    Meter m;
    descr::setattr<"level">(m, 10);
    descr::setattr<"ratio">(m, 0.5);
    return descr::getattr<"level">(m) + (descr::getattr<"ratio">(m) < 1);
  })>);
  static_assert(!constant_evaluable<decltype([] { Meter m; descr::setattr<"level">(m, 11); return 0; })>);
  static_assert(!constant_evaluable<decltype([] { Meter m; descr::setattr<"ratio">(m, 2); return 0; })>);
  static_assert(!constant_evaluable<decltype([] { Meter m; return descr::getattr<"level">(m); })>);
}

TEST_CASE("exclusive bounds: gt and lt, checked after minvalue and maxvalue; NaN passes") {
  // class Ratio: value = Number(gt=0, lt=1)   (the HowTo's Number with gt and lt)
  // r.value = 0     ValueError: Expected 0 to be greater than 0
  // r.value = 1.0   ValueError: Expected 1.0 to be less than 1
  // r.value = 0.5; r.value = float('nan')   both stored
  struct Ratio : descr::object<Ratio, descr::attr<"value", descr::Number{.gt = 0, .lt = 1}>,
                               descr::attr<"both", descr::Number{.minvalue = 0, .lt = 10}>> {};
  Ratio r;
  CHECK_THROWS_WITH_AS(descr::setattr<"value">(r, 0), "Expected 0 to be greater than 0", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"value">(r, 1.0), "Expected 1.0 to be less than 1", descr::value_error);
  descr::setattr<"value">(r, 0.5);
  descr::setattr<"value">(r, nan);
  CHECK(descr::repr(descr::getattr<"value">(r)) == "nan");
  CHECK_THROWS_WITH_AS(descr::setattr<"both">(r, -1), "Expected -1 to be at least 0", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"both">(r, 10), "Expected 10 to be less than 10", descr::value_error);
  static_assert(descr::Number{.gt = 1, .lt = 1}.constant_error() == "gt is not less than lt");
  static_assert(descr::Number{.minvalue = 2, .lt = 2}.constant_error() == "minvalue is not less than lt");
  static_assert(descr::Number{.maxvalue = 2, .gt = 2}.constant_error() == "gt is not less than maxvalue");
  static_assert(descr::Number{.gt = 1, .lt = 1.5}.constant_error().empty());
}

TEST_CASE("rejection: validate's checks without throwing, for constant evaluation") {
  constexpr descr::Number<int> n{.minvalue = 0, .maxvalue = 10, .gt = 1, .lt = 9};
  static_assert(n.rejection(5) == 0);
  static_assert(n.rejection(-1) == 2);  // "to be at least minvalue"
  static_assert(n.rejection(11) == 3);  // "to be no more than maxvalue"
  static_assert(n.rejection(1) == 4);   // "to be greater than gt"
  static_assert(n.rejection(9) == 5);   // "to be less than lt"
  static_assert(n.rejection("V") == 1);  // "to be an int or float"
  static_assert(std::is_same_v<descr::Number<>::rejections,
                               descr::rejections<"to be an int or float", "to be at least minvalue",
                                                 "to be no more than maxvalue", "to be greater than gt",
                                                 "to be less than lt">>);
}
