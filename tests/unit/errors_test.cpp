// Python's exceptions as C++ exceptions (errors.hpp): descr::error and its subclasses, and
// AttributeError's wording, alone and as the library raises it.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/errors.hpp>

#include <descr/access.hpp>
#include <descr/layout.hpp>
#include <descr/object.hpp>

#include <doctest/doctest.h>

#include <exception>
#include <string>
#include <string_view>

TEST_CASE("attribute_error::no_attribute words its message as Python's AttributeError") {
  // class C: pass
  // C().x   # AttributeError: 'C' object has no attribute 'x'
  CHECK(std::string_view(descr::attribute_error::no_attribute("C", "x").what()) ==
        "'C' object has no attribute 'x'");
  CHECK(std::string_view(descr::attribute_error::no_attribute("Item", "_quantity").what()) ==
        "'Item' object has no attribute '_quantity'");
}

TEST_CASE("an error keeps its own copy of the message") {
  std::string m = "Expected -1 to be at least 0";
  descr::value_error e(m);
  m = "changed";
  descr::value_error copy = e;
  CHECK(std::string_view(e.what()) == "Expected -1 to be at least 0");
  CHECK(std::string_view(copy.what()) == "Expected -1 to be at least 0");
}

namespace {
struct C : descr::object<C, descr::field<"x", int, descr::absentable>> {};
struct Outer {
  struct Inner : descr::object<Inner, descr::field<"x", int, descr::absentable>> {};
};
struct Renamed : descr::object<Renamed, descr::field<"x", int, descr::absentable>> {
  static constexpr std::string_view descr_name = "Person";
};
}  // namespace

TEST_CASE("the library raises attribute_error with the class's __name__, caught as descr::error and std::exception") {
  // class C: pass
  // try: C().x
  // except Exception as e: print(e)   # 'C' object has no attribute 'x'
  // class Outer:
  //     class Inner: pass
  // Outer.Inner().x   # AttributeError: 'Inner' object has no attribute 'x'
  C c;
  CHECK_THROWS_WITH_AS(descr::getattr<"x">(c), "'C' object has no attribute 'x'", descr::error);
  CHECK_THROWS_WITH_AS(descr::getattr<"x">(c), "'C' object has no attribute 'x'", std::exception);
  Outer::Inner i;
  CHECK_THROWS_WITH_AS(descr::getattr<"x">(i), "'Inner' object has no attribute 'x'",
                       descr::attribute_error);
  Renamed r;
  CHECK_THROWS_WITH_AS(descr::delattr<"x">(r), "'Person' object has no attribute 'x'",
                       descr::attribute_error);
}
