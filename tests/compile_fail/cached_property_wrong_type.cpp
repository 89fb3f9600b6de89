// Setting a cached_property stores a value in its entry, which takes what a field of the
// function's declared return type takes.
// expect: wrong type for attribute | Square | area
#include <descr/descr.hpp>

struct Square : descr::object<Square,
    descr::field<"side", double>,
    descr::attr<"area", descr::cached_property{[](auto& self) -> double {
      return descr::getattr<"side">(self) * descr::getattr<"side">(self);
    }}>> {};

int main() {
  Square s;
#ifdef DESCR_FAIL
  descr::setattr<"area">(s, "large");
#else
  descr::setattr<"area">(s, 4.0);
#endif
  return static_cast<int>(descr::getattr<"area">(s));
}
