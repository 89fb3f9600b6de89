// The HowTo's Immutable (examples/howto_slots.cpp): its names are all in __slots__, so a new
// one cannot be assigned. Python: AttributeError: 'Immutable' object has no attribute
// 'location'.
// expect: has no attribute | Immutable | location
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
  descr::setattr<"location">(mark, "Mars");
#else
  descr::setattr<"_dept">(mark, "Mars");
#endif
}
