// 19_slots.py: a name in __slots__ is a member (descr::member), a data descriptor whose value
// lives in the object, outside the instance __dict__.
//
// Two lines of the script are compile errors here (tests/compile_fail): vars(p) of an object
// whose entries are all members (vars_slotted.cpp), and a member beside a class variable of its
// name (member_conflicts_with_classvar.cpp). q.__dict__['x'] is written through the Hana adapter.
#include <descr/descr.hpp>
#include <descr/hana.hpp>
#include <descr/repr.hpp>

#include <boost/hana/at_key.hpp>
#include <boost/hana/string.hpp>

#include <iostream>
#include <string>

namespace hana = boost::hana;

namespace {
struct Pair : descr::object<Pair, descr::member<"left", int>, descr::member<"right", std::string>> {};

struct Base : descr::object<Base, descr::member<"left", int>> {};
struct Derived : descr::object<Derived, descr::bases<Base>, descr::member<"right", int>> {};

// class Point(Open): __slots__ = ('x',): the objects have a __dict__ (from Open), whose entry
// 'x' is declared as a field beside the member.
struct Point : descr::object<Point,
    descr::field<"x", std::string, descr::absentable>,
    descr::member<"x", int>> {};
}  // namespace

int main() {
  Pair p;
  try {
    descr::getattr<"left">(p);
  } catch (const descr::attribute_error& e) {
    std::cout << "AttributeError: " << e.what() << '\n';
  }
  try {
    descr::delattr<"left">(p);
  } catch (const descr::attribute_error& e) {
    std::cout << "AttributeError: " << e.what() << '\n';
  }
  descr::setattr<"left">(p, 1);
  descr::setattr<"right">(p, "r");
  std::cout << descr::getattr<"left">(p) << ' ' << descr::getattr<"right">(p) << '\n';
  descr::delattr<"left">(p);
  bool has = descr::hasattr<"left">(p);
  auto left = descr::getattr<"left">(p, "unset");
  std::cout << descr::repr(has) << ' ' << descr::str(left) << '\n';
  const auto& member = descr::getattr<"left">(descr::type<Pair>);
  std::cout << descr::repr(member) << ' ' << member.name() << ' ' << member.objclass_name() << '\n';
  std::cout << descr::repr(descr::dir<Pair>()) << '\n';

  Derived d;
  descr::setattr<"left">(d, 1);
  descr::setattr<"right">(d, 2);
  std::cout << descr::getattr<"left">(d) << ' ' << descr::getattr<"right">(d) << ' '
            << descr::repr(descr::getattr<"left">(descr::type<Derived>)) << ' '
            << descr::repr(descr::getattr<"right">(descr::type<Derived>)) << '\n';

  Point q;
  hana::at_key(q, BOOST_HANA_STRING("x")) = "entry";
  try {
    descr::getattr<"x">(q);  // the member, a data descriptor, answers before the entry
  } catch (const descr::attribute_error& e) {
    std::cout << "AttributeError: " << e.what() << '\n';
  }
  descr::setattr<"x">(q, 5);
  std::cout << descr::getattr<"x">(q) << ' ' << descr::vars(q) << '\n';
}
