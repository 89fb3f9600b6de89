// descr::AllOf (validators/all_of.hpp): several validators over one value, in order.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/validators/all_of.hpp>

#include <descr/descr.hpp>
#include <descr/validators/number.hpp>
#include <descr/validators/one_of.hpp>
#include <descr/validators/string.hpp>

#include <doctest/doctest.h>

#include <string>
#include <type_traits>

namespace {
struct Even : descr::Validator<Even, int> {
  constexpr void validate(int value) const {
    if (value % 2) throw descr::value_error("Expected " + std::to_string(value) + " to be even");
  }
};
// class Box: side = AllOf(Number(minvalue=0, maxvalue=10), Even())
//            code = AllOf(String(maxsize=5), OneOf('wood', 'metal', 'plastic'))
struct Box : descr::object<Box,
    descr::attr<"side", descr::AllOf{descr::Number<int>{.minvalue = 0, .maxvalue = 10}, Even{}}>,
    descr::attr<"code", descr::AllOf{descr::String{.maxsize = 5},
                                     descr::OneOf{"wood", "metal", "plastic"}}>> {};
}  // namespace

TEST_CASE("the first validator that rejects the value reports") {
  // b.side = -2   ValueError: Expected -2 to be at least 0
  // b.side = 3    ValueError: Expected 3 to be even
  // b.code = 'plastic'   ValueError: Expected 'plastic' to be no bigger than 5
  // b.code = 'iron'      ValueError: Expected 'iron' to be one of {'wood', 'metal', 'plastic'}
  Box b;
  CHECK_THROWS_WITH_AS(descr::setattr<"side">(b, -2), "Expected -2 to be at least 0", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"side">(b, 3), "Expected 3 to be even", descr::value_error);
  descr::setattr<"side">(b, 4);
  CHECK(descr::getattr<"side">(b) == 4);
  CHECK_THROWS_WITH_AS(descr::setattr<"code">(b, "plastic"), "Expected 'plastic' to be no bigger than 5",
                       descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"code">(b, "iron"),
                       "Expected 'iron' to be one of {'wood', 'metal', 'plastic'}", descr::value_error);
  descr::setattr<"code">(b, "wood");
  CHECK(descr::getattr<"code">(b) == "wood");
  static_assert(std::is_same_v<decltype(descr::getattr<"side">(b)), const int&>);
}

TEST_CASE("the constants of every validator are checked") {
  constexpr descr::AllOf ok{descr::Number{.minvalue = 1}, descr::Number{.maxvalue = 5}};
  static_assert(ok.constant_error().empty());
  constexpr descr::AllOf bad{descr::Number{.minvalue = 1}, descr::Number{.minvalue = 5, .maxvalue = 1}};
  static_assert(bad.constant_error() == "minvalue is greater than maxvalue");
}
