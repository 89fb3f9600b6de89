// The HowTo's Component('WIDGET', 'metal', 'V'): a str given to a Number is Python's TypeError
// at run time (Expected 'V' to be an int or float); a value whose static type is no number is
// refused at compile time. (A std::variant holding one is the TypeError at run time.)
// expect: wrong type for attribute | Component | quantity
#include <descr/descr.hpp>
#include <descr/validators/number.hpp>

struct Component : descr::object<Component, descr::attr<"quantity", descr::Number{.minvalue = 0}>> {};

int main() {
  Component c;
#ifdef DESCR_FAIL
  descr::setattr<"quantity">(c, "V");
#else
  descr::setattr<"quantity">(c, 5);
#endif
  return descr::getattr<"quantity">(c) == 5 ? 0 : 1;
}
