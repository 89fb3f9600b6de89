// A cached_property stores its value in the instance entry of its own name: a field of that
// name in the same class would be a second entry "area".
// expect: declared twice | Square | area
#include <descr/descr.hpp>

#ifdef DESCR_FAIL
struct Square : descr::object<Square,
    descr::field<"side", double>,
    descr::field<"area", double>,
    descr::attr<"area", descr::cached_property{[](auto& self) -> double {
      return descr::getattr<"side">(self) * descr::getattr<"side">(self);
    }}>> {};
#else
struct Square : descr::object<Square,
    descr::field<"side", double>,
    descr::attr<"area", descr::cached_property{[](auto& self) -> double {
      return descr::getattr<"side">(self) * descr::getattr<"side">(self);
    }}>> {};
#endif

int main() {
  Square s;
  descr::setattr<"side">(s, 2.0);
  return static_cast<int>(descr::getattr<"area">(s));
}
