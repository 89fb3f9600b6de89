// descr::Nested (validators/nested.hpp): a descr object held as an attribute, checked whole.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/validators/nested.hpp>

#include <descr/descr.hpp>
#include <descr/validators/number.hpp>
#include <descr/validators/string.hpp>

#include <doctest/doctest.h>

#include <string>

namespace {
struct Part : descr::object<Part, descr::attr<"code", descr::String{.minsize = 1}>,
                            descr::attr<"weight", descr::Number{.minvalue = 0}>,
                            descr::field<"note", std::string, descr::absentable>> {};
// class Order: part = Nested(Part)
struct Order : descr::object<Order, descr::attr<"part", descr::Nested<Part>{}>> {};
}  // namespace

TEST_CASE("a whole object is taken; one with an attribute never set is not") {
  // o.part = Part.__new__(Part)
  //   ValueError: Expected <Part object> to have a value for 'code'
  Order o;
  Part p;
  CHECK_THROWS_WITH_AS(descr::setattr<"part">(o, p), "Expected <Part object> to have a value for 'code'",
                       descr::value_error);
  descr::setattr<"code">(p, "A");
  CHECK_THROWS_WITH_AS(descr::setattr<"part">(o, p), "Expected <Part object> to have a value for 'weight'",
                       descr::value_error);
  descr::setattr<"weight">(p, 2);
  descr::setattr<"part">(o, p);  // note, an absentable field, may stay absent
  CHECK(descr::getattr<"code">(descr::getattr<"part">(o)) == "A");
  descr::setattr<"code">(p, "B");  // a copy was stored
  CHECK(descr::getattr<"code">(descr::getattr<"part">(o)) == "A");
}
