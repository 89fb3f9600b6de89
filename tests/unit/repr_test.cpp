// descr::repr (repr.hpp): Python's repr() of C++ values, and vars(obj) printed as a dict.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/repr.hpp>

#include <descr/access.hpp>
#include <descr/layout.hpp>
#include <descr/object.hpp>
#include <descr/reflect.hpp>
#include <descr/slot.hpp>

#include <doctest/doctest.h>

#include "person.hpp"

#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

TEST_CASE("repr prints as Python does") {
  // print(repr("it's"), repr('a'), repr(10), repr(1.5), repr(2.0), repr(True), repr(None),
  //       repr(['wood', 'metal']))
  //                               # "it's" 'a' 10 1.5 2.0 True None ['wood', 'metal']
  CHECK(descr::repr(std::string("it's")) == "\"it's\"");
  CHECK(descr::repr("a") == "'a'");
  CHECK(descr::repr(10) == "10");
  CHECK(descr::repr(1.5) == "1.5");
  CHECK(descr::repr(2.0) == "2.0");
  CHECK(descr::repr(true) == "True");
  CHECK(descr::repr(descr::none) == "None");
  CHECK(descr::repr(std::vector<std::string>{"wood", "metal"}) == "['wood', 'metal']");
}

TEST_CASE("repr of a string: the quote Python picks, and escapes") {
  // print(repr('say "hi"'), repr('it\'s "x"'), repr('a\\b'), repr('tab\there\nnl'))
  //                               # 'say "hi"' 'it\'s "x"' 'a\\b' 'tab\there\nnl'
  CHECK(descr::repr("say \"hi\"") == "'say \"hi\"'");
  CHECK(descr::repr("it's \"x\"") == "'it\\'s \"x\"'");
  CHECK(descr::repr("a\\b") == "'a\\\\b'");
  CHECK(descr::repr("tab\there\nnl") == "'tab\\there\\nnl'");
  // print(repr('a\rb\x01\x7f'), repr('café'))   # 'a\rb\x01\x7f' 'café'
  CHECK(descr::repr("a\rb\x01\x7f") == "'a\\rb\\x01\\x7f'");
  CHECK(descr::repr("caf\xc3\xa9") == "'caf\xc3\xa9'");
}

TEST_CASE("repr of numbers") {
  // print(repr(-3), repr(-0.0), repr(0.1), repr(1e-05), repr(1e+16), repr(1e22), repr(100.0),
  //       repr(float('inf')), repr(float('-inf')), repr(float('nan')), repr(False))
  //                               # -3 -0.0 0.1 1e-05 1e+16 1e+22 100.0 inf -inf nan False
  CHECK(descr::repr(-3) == "-3");
  CHECK(descr::repr(-0.0) == "-0.0");
  CHECK(descr::repr(0.1) == "0.1");
  CHECK(descr::repr(1e-05) == "1e-05");
  CHECK(descr::repr(1e16) == "1e+16");
  CHECK(descr::repr(1e22) == "1e+22");
  CHECK(descr::repr(100.0) == "100.0");
  CHECK(descr::repr(std::numeric_limits<double>::infinity()) == "inf");
  CHECK(descr::repr(-std::numeric_limits<double>::infinity()) == "-inf");
  CHECK(descr::repr(std::numeric_limits<double>::quiet_NaN()) == "nan");
  CHECK(descr::repr(false) == "False");
  // Fixed notation for decimal exponents -4 to 15, shortest round-trip digits:
  // print(repr(0.0001), repr(1e15), repr(2.0**60), repr(123.456), repr(-2.5e-10), repr(1.5e300))
  //   # 0.0001 1000000000000000.0 1.152921504606847e+18 123.456 -2.5e-10 1.5e+300
  CHECK(descr::repr(0.0001) == "0.0001");
  CHECK(descr::repr(1e15) == "1000000000000000.0");
  CHECK(descr::repr(1152921504606846976.0) == "1.152921504606847e+18");
  CHECK(descr::repr(123.456) == "123.456");
  CHECK(descr::repr(-2.5e-10) == "-2.5e-10");
  CHECK(descr::repr(1.5e300) == "1.5e+300");
}

namespace {
struct Point {
  int x, y;
  std::string repr() const { return "Point(" + std::to_string(x) + ", " + std::to_string(y) + ")"; }
};
}  // namespace

TEST_CASE("repr of lists, optionals, nullptr and a type with its own repr()") {
  // print(repr([[1, 2], []]), repr([True, None]), repr([]))   # [[1, 2], []] [True, None] []
  CHECK(descr::repr(std::vector<std::vector<int>>{{1, 2}, {}}) == "[[1, 2], []]");
  CHECK(descr::repr(std::vector<std::optional<bool>>{true, std::nullopt}) == "[True, None]");
  CHECK(descr::repr(std::vector<int>{}) == "[]");
  CHECK(descr::repr(std::optional<int>(3)) == "3");
  CHECK(descr::repr(std::optional<int>()) == "None");
  CHECK(descr::repr(nullptr) == "None");
  CHECK(descr::repr(Point{1, 2}) == "Point(1, 2)");
}

namespace {
struct Mixed : descr::object<Mixed, descr::field<"ok", bool>, descr::field<"x", double>,
                             descr::field<"items", std::vector<std::string>>> {};
}  // namespace

TEST_CASE("vars prints as a Python dict, through repr and on a stream") {
  // print(repr({'name': 'Pete'}), repr({'name': 'Pete', 'nick': 'P', '_age': 10}))
  //                               # {'name': 'Pete'} {'name': 'Pete', 'nick': 'P', '_age': 10}
  // print({'ok': True, 'x': 2.0, 'items': ['a']})   # {'ok': True, 'x': 2.0, 'items': ['a']}
  P p;
  descr::setattr<"name">(p, "Pete");
  CHECK(descr::repr(descr::vars(p)) == "{'name': 'Pete'}");
  descr::setattr<"age">(p, 10);
  descr::setattr<"nick">(p, "P");
  std::ostringstream os;
  os << descr::vars(p);
  CHECK(os.str() == "{'name': 'Pete', 'nick': 'P', '_age': 10}");
  Mixed m;
  descr::setattr<"ok">(m, true);
  descr::setattr<"x">(m, 2.0);
  descr::getattr<"items">(m).push_back("a");
  CHECK(descr::repr(descr::vars(m)) == "{'ok': True, 'x': 2.0, 'items': ['a']}");
}
