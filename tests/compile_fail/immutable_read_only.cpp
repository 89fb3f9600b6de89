// The HowTo's Immutable (examples/howto_slots.cpp): dept is a property without a setter over
// a slot. Python: AttributeError: property 'dept' of 'Immutable' object has no setter.
// expect: read-only attribute | Immutable | dept
#include <descr/descr.hpp>

#include <string>

struct Immutable : descr::object<Immutable,
    descr::member<"_dept", std::string>,
    descr::attr<"dept", descr::property{[](auto& self) {
      return descr::getattr<"_dept">(self);
    }}>> {};

int main() {
  Immutable mark;
#ifdef DESCR_FAIL
  descr::setattr<"dept">(mark, "Space Pirate");
#else
  descr::setattr<"_dept">(mark, "Botany");
#endif
}
