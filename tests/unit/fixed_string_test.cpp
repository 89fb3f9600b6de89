// Compile-time strings (fixed_string.hpp): the attribute names, their comparisons, and the
// private name "_" + name under which a descriptor keeps its per-instance value.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/fixed_string.hpp>

#include <doctest/doctest.h>

#include <string_view>

TEST_CASE("a fixed_string is its characters without the terminating zero") {
  // print(len('age'), len(''), len('a\x00b'))   # 3 0 3
  constexpr descr::fixed_string age = "age";
  static_assert(age.size() == 3);
  static_assert(age.view() == "age");
  static_assert(std::string_view(age) == "age");
  static_assert(descr::fixed_string("").size() == 0);
  static_assert(descr::fixed_string("a\0b").view() == std::string_view("a\0b", 3));
}

TEST_CASE("fixed_strings compare by their characters, whatever their lengths") {
  // print('age' == 'age', 'age' == 'ages', 'age' != 'agf', 'a\x00b' == 'a')
  //                                                       # True False True False
  using descr::fixed_string;
  static_assert(fixed_string("age") == fixed_string("age"));
  static_assert(!(fixed_string("age") == fixed_string("ages")));
  static_assert(!(fixed_string("ages") == fixed_string("age")));
  static_assert(fixed_string("age") != fixed_string("agf"));
  static_assert(fixed_string("age") == "age");
  static_assert(!(fixed_string("age") == "ag"));
  static_assert(fixed_string("age") != "agf");
  static_assert("age" == fixed_string("age"));
  static_assert(!(fixed_string("a\0b") == fixed_string("a")));
  static_assert(!(fixed_string("a\0b") == "a"));
}

TEST_CASE("private_name is the name with a leading underscore, with static storage") {
  // print('_' + 'age', len('_' + 'age'), repr('_' + ''))   # _age 4 '_'
  static_assert(descr::private_name<"age"> == "_age");
  static_assert(descr::private_name<"age">.size() == 4);
  static_assert(descr::private_name_of(descr::fixed_string("")) == "_");
  static_assert(descr::private_name_of(descr::fixed_string("quantity")).view() == "_quantity");
  // A view into it may outlive the expression: it is a constant of its own.
  constexpr std::string_view v = descr::private_name<"quantity">.view();
  static_assert(v == "_quantity");
}

TEST_CASE("hidden_name_of marks a storage name that introspection leaves out") {
  constexpr auto h = descr::hidden_name_of(descr::fixed_string("left"));
  static_assert(h.view() == ".left");
  static_assert(descr::is_hidden_name(h) && !descr::is_hidden_name("_left") &&
                !descr::is_hidden_name(""));
}
