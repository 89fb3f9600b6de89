// descr::repr (repr.hpp): Python's repr() of C++ values, and vars(obj) printed as a dict.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/repr.hpp>

#include <descr/access.hpp>
#include <descr/layout.hpp>
#include <descr/object.hpp>
#include <descr/reflect.hpp>
#include <descr/slot.hpp>

#include <doctest/doctest.h>

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

namespace {
struct Stored {
  using storage_type = int;
  int get(auto&, descr::slot<int> s) const { return s.get(); }
  void set(auto&, int v, descr::slot<int> s) const { s.set(v); }
};
struct P : descr::object<P,
    descr::field<"name", std::string>,
    descr::field<"nick", std::string, descr::absentable>,
    descr::attr<"age", Stored{}>,
    descr::classvar<"species", 1>> {};
}  // namespace

TEST_CASE("vars prints as a Python dict, through repr and on a stream") {
  // print(repr({'name': 'Pete'}), repr({'name': 'Pete', 'nick': 'P', '_age': 10}))
  //                               # {'name': 'Pete'} {'name': 'Pete', 'nick': 'P', '_age': 10}
  P p;
  descr::setattr<"name">(p, "Pete");
  CHECK(descr::repr(descr::vars(p)) == "{'name': 'Pete'}");
  descr::setattr<"age">(p, 10);
  descr::setattr<"nick">(p, "P");
  std::ostringstream os;
  os << descr::vars(p);
  CHECK(os.str() == "{'name': 'Pete', 'nick': 'P', '_age': 10}");
}
