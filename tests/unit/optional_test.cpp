// descr::Optional (validators/optional.hpp): None, or what the validator inside takes.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/validators/optional.hpp>

#include <descr/descr.hpp>
#include <descr/repr.hpp>
#include <descr/validators/number.hpp>
#include <descr/validators/string.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <type_traits>

namespace {
// class User: nickname = Optional(String(maxsize=4)); age = Optional(Number(minvalue=0))
struct User : descr::object<User, descr::attr<"nickname", descr::Optional{descr::String{.maxsize = 4}}>,
                            descr::attr<"age", descr::Optional{descr::Number<int>{.minvalue = 0}}>> {};
}  // namespace

TEST_CASE("None is stored; another value goes through the inner validator") {
  // u.nickname = None; print(u.nickname)   None
  // u.nickname = 'toolong'   ValueError: Expected 'toolong' to be no bigger than 4
  // u.age = -1               ValueError: Expected -1 to be at least 0
  User u;
  descr::setattr<"nickname">(u, descr::none);
  CHECK(descr::repr(descr::getattr<"nickname">(u)) == "None");
  CHECK_THROWS_WITH_AS(descr::setattr<"nickname">(u, "toolong"), "Expected 'toolong' to be no bigger than 4",
                       descr::value_error);
  descr::setattr<"nickname">(u, "bob");
  CHECK(descr::getattr<"nickname">(u) == std::optional<std::string>("bob"));
  CHECK_THROWS_WITH_AS(descr::setattr<"age">(u, -1), "Expected -1 to be at least 0", descr::value_error);
  descr::setattr<"age">(u, 3);
  descr::setattr<"age">(u, std::nullopt);
  CHECK(descr::repr(descr::vars(u)) == "{'_nickname': 'bob', '_age': None}");
  static_assert(std::is_same_v<decltype(descr::getattr<"age">(u)), const std::optional<int>&>);
}

TEST_CASE("a read before any set raises AttributeError; the default for keyword construction is None") {
  // User().age   AttributeError: 'User' object has no attribute '_age'
  User u;
  CHECK_THROWS_WITH_AS(descr::getattr<"age">(u), "'User' object has no attribute '_age'",
                       descr::attribute_error);
  static_assert(std::is_same_v<decltype(descr::Optional{descr::Number{}}.default_value()), descr::none_t>);
  static_assert(descr::Optional{descr::Number{.minvalue = 1, .maxvalue = 0}}.constant_error() ==
                "minvalue is greater than maxvalue");
}
