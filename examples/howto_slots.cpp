// The Descriptor HowTo's "Member objects and __slots__". Port of howto_slots.py.
//
// descr::member<"make", T> is a name in __slots__: a member object in the class (a data
// descriptor) and the value's storage inside the object, unset until assigned. A class whose
// entries are all members has no instance __dict__.
//
// Where C++ catches the mistake sooner, each is a compile error naming the class and the
// attribute, where Python raises when the line runs:
//   auto.id_nubmer = ...        "has no attribute"     slots_misspelled.cpp
//   vars(auto)                  "must have __dict__"   vars_slotted.cpp
//   mark.dept = 'Space Pirate'  "read-only attribute"  immutable_read_only.cpp
//   mark.location = 'Mars'      "has no attribute"     immutable_no_attribute.cpp
// (the cases are in tests/compile_fail/).
// An unset member is known only at run time: reading it throws descr::attribute_error.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>
#include <utility>

// class Vehicle: __slots__ = ('id_number', 'make', 'model')
// tutorial: slots
struct Vehicle : descr::object<Vehicle,
    descr::member<"id_number", std::string>,
    descr::member<"make", std::string>,
    descr::member<"model", std::string>> {};

// class Immutable: slots for the data, read-only properties to show it.
struct Immutable : descr::object<Immutable,
    descr::member<"_dept", std::string>,       // __slots__ = ('_dept', '_name')
    descr::member<"_name", std::string>,
    descr::attr<"dept", descr::property{[](auto& self) {   // Read-only descriptor
      return descr::getattr<"_dept">(self);
    }}>,
    descr::attr<"name", descr::property{[](auto& self) {
      return descr::getattr<"_name">(self);
    }}>> {
  Immutable(std::string dept, std::string name) {
    descr::setattr<"_dept">(*this, std::move(dept));  // Store to private attribute
    descr::setattr<"_name">(*this, std::move(name));
  }
};

int main() {
  Vehicle car;  // `auto` is a C++ keyword
  descr::setattr<"id_number">(car, "VYE483814LQEX");
  std::cout << descr::getattr<"id_number">(car) << '\n';
  try {
    descr::getattr<"make">(car);                                  // a member never assigned
  } catch (const descr::attribute_error& e) {
    std::cout << "AttributeError: " << e.what() << '\n';
  }
  std::cout << descr::str(descr::getattr<"make">(car, "unknown make")) << '\n';
  descr::setattr<"make">(car, "Lada");
  std::cout << descr::getattr<"make">(car) << '\n';
// tutorial end
  descr::delattr<"make">(car);
  std::cout << descr::repr(descr::hasattr<"make">(car)) << '\n';

  const auto& make = descr::getattr<"make">(descr::type<Vehicle>);  // the member object
  std::cout << descr::repr(make) << ' ' << make.name() << ' ' << make.objclass_name() << '\n';
  std::cout << descr::repr(descr::dir<Vehicle>()) << '\n';

  Immutable mark("Botany", "Mark Watney");
  std::cout << descr::getattr<"dept">(mark) << ' ' << descr::getattr<"name">(mark) << '\n';
}
