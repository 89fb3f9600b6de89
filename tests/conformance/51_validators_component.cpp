// 51_validators_component.py: the HowTo's validators and its Component session, with
// descr::String, descr::OneOf and descr::Number (<descr/validators.hpp>).
#include <descr/descr.hpp>
#include <descr/repr.hpp>
#include <descr/validators.hpp>

#include <iostream>
#include <string>
#include <utility>
#include <variant>

namespace {
struct Component : descr::object<Component,
    // name = String(minsize=3, maxsize=10, predicate=str.isupper)
    descr::attr<"name", descr::String{.minsize = 3, .maxsize = 10, .predicate = descr::isupper}>,
    // kind = OneOf('wood', 'metal', 'plastic')
    descr::attr<"kind", descr::OneOf{"wood", "metal", "plastic"}>,
    // quantity = Number(minvalue=0)
    descr::attr<"quantity", descr::Number{.minvalue = 0}>> {
  // Python's arguments have no static type: each is set as it is given.
  template <class Name, class Kind, class Quantity>
  Component(Name&& name, Kind&& kind, Quantity&& quantity) {
    descr::setattr<"name">(*this, std::forward<Name>(name));              // self.name = name
    descr::setattr<"kind">(*this, std::forward<Kind>(kind));              // self.kind = kind
    descr::setattr<"quantity">(*this, std::forward<Quantity>(quantity));  // self.quantity = quantity
  }
};

// A value whose type is known only at run time, as Python's are. Component('WIDGET', 'metal',
// "V") with a string literal does not compile (tests/compile_fail/wrong_type_number.cpp); this
// one reaches Number's validate, which raises Python's TypeError.
using value = std::variant<long long, std::string>;

template <class... Args>
void attempt(Args&&... args) {
  try {
    Component(std::forward<Args>(args)...);
  } catch (const descr::value_error& e) {
    std::cout << "ValueError: " << e.what() << '\n';
  } catch (const descr::type_error& e) {
    std::cout << "TypeError: " << e.what() << '\n';
  }
}
}  // namespace

int main() {
  attempt("Widget", "metal", 5);          // Blocked: 'Widget' is not all uppercase
  attempt("WIDGET", "metle", 5);          // Blocked: 'metle' is misspelled
  attempt("WIDGET", "metal", -5);         // Blocked: -5 is negative
  attempt("WIDGET", "metal", value("V"));  // Blocked: 'V' isn't a number
  Component c("WIDGET", "metal", 5);      // Allowed:  The inputs are valid
  // print(c.name, c.kind, c.quantity)
  std::cout << descr::str(descr::getattr<"name">(c)) << ' ' << descr::str(descr::getattr<"kind">(c))
            << ' ' << descr::str(descr::getattr<"quantity">(c)) << '\n';
  std::cout << descr::vars(c) << '\n';     // print(vars(c))

  try {
    descr::setattr<"quantity">(c, -1);     // c.quantity = -1
  } catch (const descr::value_error& e) {
    std::cout << "ValueError: " << e.what() << '\n';
  }
  std::cout << descr::str(descr::getattr<"quantity">(c)) << '\n';  // print(c.quantity)
  descr::setattr<"quantity">(c, 2.5);      // c.quantity = 2.5
  std::cout << descr::vars(c) << '\n';     // print(vars(c))
}
