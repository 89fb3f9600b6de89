// A String takes text; a value whose static type is no text is refused at compile time
// (Python's TypeError: Expected 5 to be an str; a std::variant holding one raises it here too).
// expect: wrong type for attribute | Component | name
#include <descr/descr.hpp>
#include <descr/validators/string.hpp>

struct Component : descr::object<Component,
    descr::attr<"name", descr::String{.minsize = 3, .maxsize = 10, .predicate = descr::isupper}>> {};

int main() {
  Component c;
#ifdef DESCR_FAIL
  descr::setattr<"name">(c, 5);
#else
  descr::setattr<"name">(c, "WIDGET");
#endif
  return descr::getattr<"name">(c).size() == 6 ? 0 : 1;
}
