// descr::OneOf (validators/one_of.hpp): the HowTo's OneOf validator, a str among fixed options.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/validators/one_of.hpp>

#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

// class OneOf(Validator):   (the HowTo's, with Validator as in validator_test.cpp)
//     def __init__(self, *options): self.options = set(options)
//     def validate(self, value):
//         if value not in self.options:
//             raise ValueError(f'Expected {value!r} to be one of {self.options!r}')
// class Part:
//     kind = OneOf('wood', 'metal', 'plastic')

namespace {
struct Part : descr::object<Part, descr::attr<"kind", descr::OneOf{"wood", "metal", "plastic"}>> {};
}  // namespace

TEST_CASE("an option is stored; anything else is the HowTo's message, options in declaration order") {
  // p = Part(); p.kind = 'metal'; print(p.kind, vars(p))   # metal {'_kind': 'metal'}
  // p.kind = 'metle'
  // # ValueError: Expected 'metle' to be one of {'plastic', 'wood', 'metal'}
  // (a set: its order changes from run to run with string hashing; descr prints the options
  // in the order they were declared)
  Part p;
  descr::setattr<"kind">(p, "metal");
  CHECK(descr::getattr<"kind">(p) == "metal");
  CHECK(descr::repr(descr::vars(p)) == "{'_kind': 'metal'}");
  CHECK_THROWS_WITH_AS(descr::setattr<"kind">(p, "metle"),
                       "Expected 'metle' to be one of {'wood', 'metal', 'plastic'}",
                       descr::value_error);
  CHECK(descr::getattr<"kind">(p) == "metal");
  // Comparison is exact: no case folding, no trimming.
  CHECK_THROWS_AS(descr::setattr<"kind">(p, "Metal"), descr::value_error);
  CHECK_THROWS_AS(descr::setattr<"kind">(p, "metal "), descr::value_error);
  CHECK_THROWS_AS(descr::setattr<"kind">(p, ""), descr::value_error);
}

TEST_CASE("a read before any set raises AttributeError for the private name") {
  // Part().kind   # AttributeError: 'Part' object has no attribute '_kind'
  Part p;
  CHECK_THROWS_WITH_AS(descr::getattr<"kind">(p), "'Part' object has no attribute '_kind'",
                       descr::attribute_error);
  CHECK_THROWS_AS(descr::setattr<"kind">(p, "glass"), descr::value_error);
  CHECK_FALSE(descr::hasattr<"kind">(p));
}

TEST_CASE("any text is taken: a literal, std::string, std::string_view; it is kept as a std::string") {
  Part p;
  descr::setattr<"kind">(p, std::string("wood"));
  CHECK(descr::getattr<"kind">(p) == "wood");
  descr::setattr<"kind">(p, std::string_view("plastic"));
  CHECK(descr::getattr<"kind">(p) == "plastic");
  const std::string metal = "metal";
  descr::setattr<"kind">(p, metal);
  static_assert(std::is_same_v<decltype(descr::getattr<"kind">(p)), const std::string&>);
  CHECK(descr::getattr<"kind">(p) == "metal");
}

TEST_CASE("a value of a run-time type that is no str is not among the options: Python's ValueError") {
  // p.kind = 5      # ValueError: Expected 5 to be one of {...}
  // p.kind = None   # ValueError: Expected None to be one of {...}
  // (a value of a static type that is no text does not compile: compile_fail/wrong_type_one_of.cpp)
  Part p;
  using value = std::variant<long long, std::string, descr::none_t>;
  CHECK_THROWS_WITH_AS(descr::setattr<"kind">(p, value(5LL)),
                       "Expected 5 to be one of {'wood', 'metal', 'plastic'}", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"kind">(p, value(descr::none)),
                       "Expected None to be one of {'wood', 'metal', 'plastic'}", descr::value_error);
  descr::setattr<"kind">(p, value("wood"));
  CHECK(descr::getattr<"kind">(p) == "wood");
}

TEST_CASE("options print as Python's repr of str; a repeated option prints once, as in a set") {
  // class O: o = OneOf('wood', "it's", 'wood')
  // O().o = 'x'     # ValueError: Expected 'x' to be one of {'wood', "it's"}
  struct O : descr::object<O, descr::attr<"o", descr::OneOf{"wood", "it's", "wood"}>> {};
  O o;
  CHECK_THROWS_WITH_AS(descr::setattr<"o">(o, "x"), "Expected 'x' to be one of {'wood', \"it's\"}",
                       descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"o">(o, "a\nb"),
                       "Expected 'a\\nb' to be one of {'wood', \"it's\"}", descr::value_error);
  descr::setattr<"o">(o, "it's");
  CHECK(descr::getattr<"o">(o) == "it's");
}

TEST_CASE("the options, as a constant") {
  constexpr descr::OneOf kinds{"wood", "metal", "plastic"};
  static_assert(kinds.size() == 3);
  static_assert(kinds[0] == "wood" && kinds[1] == "metal" && kinds[2] == "plastic");
  static_assert(kinds.contains("metal") && !kinds.contains("metle") && !kinds.contains(""));
  static_assert(std::is_same_v<std::remove_const_t<decltype(kinds)>, descr::OneOf<3, 19>>);
  CHECK(kinds.repr() == "{'wood', 'metal', 'plastic'}");
  constexpr descr::OneOf empty_option{""};
  static_assert(empty_option.contains("") && empty_option.size() == 1);
}

TEST_CASE("no options at all is a constant error, reported where the class is defined") {
  // class O: o = OneOf()     # Python takes it; every set then fails:
  // O().o = 'x'              # ValueError: Expected 'x' to be one of set()
  // (compile_fail/one_of_empty.cpp)
  static_assert(descr::OneOf{}.constant_error() == "OneOf has no options: it would reject every value");
  static_assert(descr::OneOf{"a"}.constant_error().empty());
  CHECK(descr::OneOf{}.repr() == "set()");
}
