// A OneOf takes text; a value whose static type is no text is refused at compile time (Python
// raises ValueError when the set runs; a std::variant holding one does here too).
// expect: wrong type for attribute | Component | kind
#include <descr/descr.hpp>
#include <descr/validators/one_of.hpp>

struct Component : descr::object<Component, descr::attr<"kind", descr::OneOf{"wood", "metal"}>> {};

int main() {
  Component c;
#ifdef DESCR_FAIL
  descr::setattr<"kind">(c, 5);
#else
  descr::setattr<"kind">(c, "wood");
#endif
  return descr::getattr<"kind">(c).size() == 4 ? 0 : 1;
}
