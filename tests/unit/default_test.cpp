// descr::Default (validators/default.hpp): a validator with a default for keyword construction.
#include <descr/validators/default.hpp>

#include <descr/descr.hpp>
#include <descr/init.hpp>
#include <descr/repr.hpp>
#include <descr/validators/number.hpp>
#include <descr/validators/one_of.hpp>

#include <doctest/doctest.h>

#include <string_view>
#include <type_traits>

namespace {
// class Item: quantity = Number(minvalue=0, default=1); kind = OneOf('wood', 'metal', default='wood')
struct Item : descr::object<Item,
    descr::attr<"quantity", descr::Default{descr::Number{.minvalue = 0}, 1}>,
    descr::attr<"kind", descr::Default{descr::OneOf{"wood", "metal"}, "wood"}>,
    descr::attr<"ratio", descr::Default{descr::Number<double>{.lt = 1}, [] { return 0.5; }}>> {};
}  // namespace

TEST_CASE("Default is the validator, with a default value") {
  Item i;
  CHECK_THROWS_WITH_AS(descr::setattr<"quantity">(i, -1), "Expected -1 to be at least 0", descr::value_error);
  CHECK_THROWS_AS(descr::setattr<"kind">(i, "iron"), descr::value_error);
  constexpr descr::Default d{descr::Number{.minvalue = 0}, 1};
  static_assert(d.default_value() == 1);
  static_assert(descr::Default{descr::OneOf{"a"}, "a"}.default_value() == std::string_view("a"));
  static_assert(descr::Default{descr::Number{.minvalue = 3, .maxvalue = 1}, 1}.constant_error() ==
                "minvalue is greater than maxvalue");
}

TEST_CASE("keyword construction takes the defaults it is not given, through the validator") {
  auto i = descr::make<Item>();
  CHECK(descr::repr(descr::vars(i)) == "{'_quantity': 1, '_kind': 'wood', '_ratio': 0.5}");
  auto j = descr::make<Item>(descr::kw<"kind"> = "metal", descr::kw<"quantity"> = 7);
  CHECK(descr::repr(descr::vars(j)) == "{'_quantity': 7, '_kind': 'metal', '_ratio': 0.5}");
}
