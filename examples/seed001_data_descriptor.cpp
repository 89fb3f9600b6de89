// Seed 001 (Python Descriptor - A Thorough Guide), "binding behaviour". Port of
// seed001_data_descriptor.py: e.attr, e.attr = ... and del e.attr call the descriptor's get, set
// and del; the value is kept in the class's descriptor (declared with attr_of, as it changes),
// so e's dictionary stays empty.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>
#include <utility>
#include <variant>

// The seed stores 0 and then "new attribute": a Python value that is an int or a str.
using Value = std::variant<int, std::string>;

std::string repr(const Value& v) {
  return std::visit([](const auto& x) { return descr::repr(x); }, v);
}

struct DataDescriptor {
  Value value = 0;

  Value get(const auto& /*obj*/, auto /*type*/) const {
    std::cout << "__get__\n";
    return value;
  }
  // The seed wraps the assignment in try/except AttributeError, which cannot happen there
  // either; assigning a Value cannot fail.
  void set(const auto& /*obj*/, Value new_value) {
    std::cout << " __set__\n";
    value = std::move(new_value);
  }
  void del(const auto& /*obj*/) const { std::cout << " __del__\n"; }

  // d.__dict__
  std::string vars() const { return "{'value': " + repr(value) + "}"; }
};

struct Example : descr::object<Example, descr::attr_of<"attr", DataDescriptor>> {};

int main() {
  DataDescriptor d;
  Example e;
  descr::getattr<"attr">(e);                       // e.attr                    0, __get__
  descr::setattr<"attr">(e, "new attribute");      // e.attr = "new attribute"  __set__
  descr::delattr<"attr">(e);                       // del e.attr                __del__
  std::cout << d.vars() << '\n';                   // d.__dict__
  std::cout << descr::vars(e) << '\n';             // e.__dict__
  Value v = descr::getattr<"attr">(descr::type<Example>);  // Example.attr
  std::cout << repr(v) << '\n';
}
