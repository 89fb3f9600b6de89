// The Descriptor HowTo's "Complete Practical Example" (and seed 000's walk-through of it).
// Port of howto_validators.py.
//
// A validator is a data descriptor that checks a value before storing it under a private name.
// descr ships the HowTo's three (<descr/validators.hpp>): descr::OneOf, descr::Number and
// descr::String, built on descr::Validator, the abstract base the HowTo writes first. Write
// your own by deriving from it and giving it a validate(value) that throws:
//
//   struct Even : descr::Validator<Even, int> {
//     void validate(int value) const { if (value % 2) throw descr::value_error("odd"); }
//   };
//
// Where C++ catches the mistake sooner: Component("WIDGET", "metal", "V") with a string
// literal for the quantity does not compile ("wrong type for attribute", naming Component and
// quantity: tests/compile_fail/wrong_type_number.cpp). Python only finds out when the line
// runs. A value whose type is known only at run time (a std::variant, like a Python value)
// still reaches validate, which raises Python's TypeError, as below.
#include <descr/descr.hpp>
#include <descr/repr.hpp>
#include <descr/validators.hpp>

#include <iostream>
#include <string>
#include <utility>
#include <variant>

#include "python_repr.hpp"

// tutorial: component
struct Component : descr::object<Component,
    // name = String(minsize=3, maxsize=10, predicate=str.isupper)
    descr::attr<"name", descr::String{.minsize = 3, .maxsize = 10, .predicate = descr::isupper}>,
    // kind = OneOf('wood', 'metal', 'plastic')
    descr::attr<"kind", descr::OneOf{"wood", "metal", "plastic"}>,
    // quantity = Number(minvalue=0)
    descr::attr<"quantity", descr::Number{.minvalue = 0}>> {
  // def __init__(self, name, kind, quantity): each assignment goes through its validator.
  template <class Name, class Kind, class Quantity>
  Component(Name&& name, Kind&& kind, Quantity&& quantity) {
    descr::setattr<"name">(*this, std::forward<Name>(name));
    descr::setattr<"kind">(*this, std::forward<Kind>(kind));
    descr::setattr<"quantity">(*this, std::forward<Quantity>(quantity));
  }
};
// tutorial end

// An int or a str, decided at run time.
using value = std::variant<long long, std::string>;

template <class... Args>
void attempt(const Args&... args) {
  try {
    Component c(args...);
    std::cout << "Allowed: " << py::tuple_repr(args...) << '\n';
  } catch (const descr::value_error& e) {  // Python's ValueError
    std::cout << "Blocked: ValueError: " << e.what() << '\n';
  } catch (const descr::type_error& e) {   // Python's TypeError
    std::cout << "Blocked: TypeError: " << e.what() << '\n';
  }
}

int main() {
  attempt("Widget", "metal", 5);           // Blocked: 'Widget' is not all uppercase
  attempt("WIDGET", "metle", 5);           // Blocked: 'metle' is misspelled
  attempt("WIDGET", "metal", -5);          // Blocked: -5 is negative
  attempt("WIDGET", "metal", value("V"));  // Blocked: 'V' isn't a number
  attempt("WIDGET", "metal", 5);           // Allowed:  The inputs are valid

  Component c("WIDGET", "metal", 5);
  std::cout << descr::str(descr::getattr<"name">(c)) << ' ' << descr::str(descr::getattr<"kind">(c))
            << ' ' << descr::str(descr::getattr<"quantity">(c)) << '\n';
  std::cout << descr::vars(c) << '\n';     // each value under its private name
  try {
    descr::setattr<"quantity">(c, -1);     // rejected before anything is stored
  } catch (const descr::value_error& e) {
    std::cout << "ValueError: " << e.what() << '\n';
  }
  std::cout << descr::str(descr::getattr<"quantity">(c)) << '\n';  // still 5
}
