// Seed 001 (Python Descriptor - A Thorough Guide), "Non-data descriptor". Port of
// seed001_non_data_descriptor.py: until e has an entry attr, e.attr calls the descriptor; the
// assignment e.attr = 4 creates the entry, which then answers. The entry may be missing, as a
// key of Python's instance __dict__ may, so the field is absentable.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>

struct NonDataDescriptor {
  int value = 0;

  int get(const auto& /*obj*/, auto /*type*/) const {
    std::cout << " __get__\n";
    return value + 1;
  }

  // d.__dict__
  std::string vars() const { return "{'value': " + descr::repr(value) + "}"; }
};

struct Example : descr::object<Example,
    descr::attr<"attr", NonDataDescriptor{}>,        // attr = NonDataDescriptor()
    descr::field<"attr", int, descr::absentable>> {};  // e.__dict__['attr'], once assigned

int main() {
  Example e;
  NonDataDescriptor d;
  int attr = descr::getattr<"attr">(e);           // __get__ 1
  std::cout << attr << '\n';
  attr = descr::getattr<"attr">(e);               // __get__ 1
  std::cout << attr << '\n';
  std::cout << descr::vars(e) << '\n';            // {}
  std::cout << d.vars() << '\n';                  // {'value': 0}
  descr::setattr<"attr">(e, 4);                   // e.attr = 4
  attr = descr::getattr<"attr">(e);               // 4: the entry hides the descriptor
  std::cout << attr << '\n';
  std::cout << descr::vars(e) << '\n';            // {'attr': 4}
  std::cout << d.vars() << '\n';                  // {'value': 0}
}
