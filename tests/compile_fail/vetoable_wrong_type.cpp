// A vetoable attribute takes what a field of its type takes: not a string for an int.
// expect: wrong type for attribute | Person | age
#include <descr/descr.hpp>

struct Person : descr::object<Person,
    descr::attr<"age", descr::vetoable<int>([](auto&, const int&, const int& v) { return v >= 0; })>> {};

int main() {
  Person p;
#ifdef DESCR_FAIL
  descr::setattr<"age">(p, "forty");
#else
  descr::setattr<"age">(p, 40);
#endif
  return descr::getattr<"age">(p);
}
