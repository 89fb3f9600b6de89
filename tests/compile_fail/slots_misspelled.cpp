// The HowTo's Vehicle (examples/howto_slots.cpp): a misspelled name in an assignment to an
// object whose names are all in __slots__. Python: AttributeError: 'Vehicle' object has no
// attribute 'id_nubmer', when the line runs.
// expect: has no attribute | Vehicle | id_nubmer
#include <descr/descr.hpp>

#include <string>

struct Vehicle : descr::object<Vehicle,
    descr::member<"id_number", std::string>,
    descr::member<"make", std::string>,
    descr::member<"model", std::string>> {};

int main() {
  Vehicle car;
#ifdef DESCR_FAIL
  descr::setattr<"id_nubmer">(car, "VYE483814LQEX");
#else
  descr::setattr<"id_number">(car, "VYE483814LQEX");
#endif
}
