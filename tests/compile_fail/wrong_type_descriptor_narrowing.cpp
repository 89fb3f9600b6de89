// A double given to a data descriptor whose set takes an int: the conversion that loses the
// value's kind is refused, as it is for an int field (wrong_type_field_narrowing).
// expect: wrong type for attribute | Person | age
#include <descr/descr.hpp>

struct Age {
  int get(auto& obj) const { return descr::getattr<"years">(obj); }
  void set(auto& obj, int v) const { descr::setattr<"years">(obj, v); }
};

struct Person : descr::object<Person, descr::field<"years", int>, descr::attr<"age", Age{}>> {};

int main() {
  Person p;
#ifdef DESCR_FAIL
  descr::setattr<"age">(p, 2.5);
#else
  descr::setattr<"age">(p, 2);
  descr::setattr<"age">(p, short{3});  // an integral conversion is allowed, as for a field
#endif
  return descr::getattr<"age">(p);
}
