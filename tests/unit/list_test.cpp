// descr::List (validators/list.hpp): a list whose items pass a validator, of bounded length.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/validators/list.hpp>

#include <descr/descr.hpp>
#include <descr/repr.hpp>
#include <descr/validators/number.hpp>
#include <descr/validators/string.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace {
// class Shelf: sizes = List(Number(minvalue=0), minsize=1, maxsize=3)
//              labels = List(String(predicate=str.isupper))
//              grid = List(List(Number(minvalue=0)))
struct Shelf : descr::object<Shelf,
    descr::attr<"sizes", descr::List{.item = descr::Number<int>{.minvalue = 0}, .minsize = 1, .maxsize = 3}>,
    descr::attr<"labels", descr::List{.item = descr::String{.predicate = descr::isupper}}>,
    // A List of Lists names its type: List{.item = List{...}} deduces a copy of the inner one.
    descr::attr<"grid", descr::List<descr::List<descr::Number<>>>{.item = {.item = {.minvalue = 0}}}>> {};
}  // namespace

TEST_CASE("each item goes through the item validator; the message names the attribute and the index") {
  // s.sizes = [1, 2, -1]   ValueError: sizes[2]: Expected -1 to be at least 0
  // s.labels = ['A', 'b']  ValueError: labels[1]: Expected <method 'isupper' of 'str' objects> to be true for 'b'
  Shelf s;
  CHECK_THROWS_WITH_AS(descr::setattr<"sizes">(s, std::vector<int>{1, 2, -1}),
                       "sizes[2]: Expected -1 to be at least 0", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"labels">(s, std::vector<std::string>{"A", "b"}),
                       "labels[1]: Expected <method 'isupper' of 'str' objects> to be true for 'b'",
                       descr::value_error);
  descr::setattr<"labels">(s, std::vector<const char*>{"A", "BC"});  // converted item by item
  CHECK(descr::repr(descr::getattr<"labels">(s)) == "['A', 'BC']");
}

TEST_CASE("lengths are inclusive; a failed set keeps the old list") {
  // s.sizes = []            ValueError: Expected [] to be no smaller than 1
  // s.sizes = [1, 2, 3, 4]  ValueError: Expected [1, 2, 3, 4] to be no bigger than 3
  Shelf s;
  CHECK_THROWS_WITH_AS(descr::setattr<"sizes">(s, std::vector<int>{}),
                       "Expected [] to be no smaller than 1", descr::value_error);
  descr::setattr<"sizes">(s, std::array<int, 3>{1, 2, 3});
  CHECK_THROWS_WITH_AS(descr::setattr<"sizes">(s, std::vector<int>{1, 2, 3, 4}),
                       "Expected [1, 2, 3, 4] to be no bigger than 3", descr::value_error);
  CHECK(descr::getattr<"sizes">(s) == std::vector<int>{1, 2, 3});
  static_assert(std::is_same_v<decltype(descr::getattr<"sizes">(s)), const std::vector<int>&>);
}

TEST_CASE("nested lists join their item paths") {
  // s.grid = [[1], [2, -3]]   ValueError: grid[1][1]: Expected -3 to be at least 0
  Shelf s;
  CHECK_THROWS_WITH_AS(descr::setattr<"grid">(s, std::vector<std::vector<int>>{{1}, {2, -3}}),
                       "grid[1][1]: Expected -3 to be at least 0", descr::value_error);
  descr::setattr<"grid">(s, std::vector<std::vector<int>>{{1}, {2, 3}});
  CHECK(descr::repr(descr::vars(s)) == "{'_grid': [[1], [2, 3]]}");
}

TEST_CASE("a value of a run-time type that is no list raises TypeError") {
  // s.sizes = 5   TypeError: Expected 5 to be a list
  Shelf s;
  using value = std::variant<int, std::vector<int>>;
  CHECK_THROWS_WITH_AS(descr::setattr<"sizes">(s, value(5)), "Expected 5 to be a list", descr::type_error);
  descr::setattr<"sizes">(s, value(std::vector<int>{4}));
  CHECK(descr::getattr<"sizes">(s) == std::vector<int>{4});
}

TEST_CASE("invalid constants: of the list, and of its item validator") {
  static_assert(descr::List{.item = descr::Number{}, .minsize = 3, .maxsize = 1}.constant_error() ==
                "minsize is greater than maxsize");
  static_assert(descr::List{.item = descr::Number{.minvalue = 2, .maxvalue = 1}}.constant_error() ==
                "minvalue is greater than maxvalue");
  static_assert(descr::List{.item = descr::Number{}}.constant_error().empty());
}

TEST_CASE("why_not: validate's refusal without raising, with the item's index and Python's type") {
  constexpr auto sizes = descr::List{.item = descr::Number<int>{.minvalue = 0}, .maxsize = 2};
  CHECK(!sizes.why_not(std::vector<int>{1, 2}));
  auto r = sizes.why_not(std::vector<int>{1, -1});
  REQUIRE(r);
  CHECK(r->message == "[1]: Expected -1 to be at least 0");
  CHECK(r->kind == descr::refusal::value_error);
  auto t = sizes.why_not(5);
  REQUIRE(t);
  CHECK(t->message == "Expected 5 to be a list");
  CHECK(t->kind == descr::refusal::type_error);
  CHECK_THROWS_WITH_AS(sizes.validate(5), "Expected 5 to be a list", descr::type_error);
  CHECK(sizes.why_not(std::vector<int>{1, 2, 3})->message ==
        "Expected [1, 2, 3] to be no bigger than 2");
}
