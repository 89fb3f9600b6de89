// descr::Pattern (validators/pattern.hpp): a str searched with a regular expression.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/validators/pattern.hpp>

#include <descr/descr.hpp>

#include <doctest/doctest.h>

#include <string>
#include <variant>

namespace {
// class Code: value = Pattern('^[A-Z]{2}-[0-9]+$'); anywhere = Pattern('[0-9]')
struct Code : descr::object<Code, descr::attr<"value", descr::Pattern<"^[A-Z]{2}-[0-9]+$">{}>,
                            descr::attr<"anywhere", descr::Pattern<"[0-9]">{}>> {};
}  // namespace

TEST_CASE("a value that matches is stored; another raises ValueError naming the pattern") {
  // c.value = 'AB-12'; c.value = 'ab-12'
  //   ValueError: Expected 'ab-12' to match '^[A-Z]{2}-[0-9]+$'
  Code c;
  descr::setattr<"value">(c, "AB-12");
  CHECK(descr::getattr<"value">(c) == "AB-12");
  CHECK_THROWS_WITH_AS(descr::setattr<"value">(c, "ab-12"),
                       "Expected 'ab-12' to match '^[A-Z]{2}-[0-9]+$'", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"value">(c, std::string("AB-12x")),
                       "Expected 'AB-12x' to match '^[A-Z]{2}-[0-9]+$'", descr::value_error);
  CHECK(descr::getattr<"value">(c) == "AB-12");  // the old value stays
}

TEST_CASE("the pattern is searched anywhere, as re.search does") {
  // c.anywhere = 'abc1def' (stored); c.anywhere = 'abc'
  //   ValueError: Expected 'abc' to match '[0-9]'
  Code c;
  descr::setattr<"anywhere">(c, "abc1def");
  CHECK_THROWS_WITH_AS(descr::setattr<"anywhere">(c, "abc"), "Expected 'abc' to match '[0-9]'",
                       descr::value_error);
}

TEST_CASE("a value of a run-time type that is no str raises TypeError") {
  // c.value = 5   TypeError: Expected 5 to be an str
  Code c;
  CHECK_THROWS_WITH_AS(descr::setattr<"value">(c, std::variant<int, std::string>(5)),
                       "Expected 5 to be an str", descr::type_error);
}

TEST_CASE("the compile-time syntax check of a pattern") {
  using descr::detail::pattern_syntax_error;
  CHECK(pattern_syntax_error("^[A-Z]+(?:-[0-9]*)?$").empty());
  CHECK(pattern_syntax_error("a|b\\)").empty());
  CHECK(pattern_syntax_error("[]a]").empty());
  CHECK(pattern_syntax_error("a+?").empty());
  CHECK(pattern_syntax_error("(a") == "the pattern has an unbalanced '('");
  CHECK(pattern_syntax_error("a)") == "the pattern has an unbalanced ')'");
  CHECK(pattern_syntax_error("[a-z") == "the pattern has an unterminated character set '['");
  CHECK(pattern_syntax_error("a\\") == "the pattern ends with a backslash");
  CHECK(pattern_syntax_error("*a") == "the pattern has a quantifier with nothing to repeat");
  CHECK(pattern_syntax_error("a|+") == "the pattern has a quantifier with nothing to repeat");
}

TEST_CASE("a pattern std::regex rejects, beyond the compile-time check, raises at its first set") {
  // re.compile('a{2,1}')   re.error: min repeat greater than max repeat
  struct Bad : descr::object<Bad, descr::attr<"v", descr::Pattern<"a{2,1}">{}>> {};
  Bad b;
  CHECK_THROWS_AS(descr::setattr<"v">(b, "aa"), descr::value_error);
  try {
    descr::setattr<"v">(b, "aa");
  } catch (const descr::value_error& e) {
    CHECK(std::string(e.what()).starts_with("invalid pattern 'a{2,1}': "));
  }
}
