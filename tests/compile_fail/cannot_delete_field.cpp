// A plain (not absentable) field is always there: deleting it is a compile error.
// expect: cannot delete attribute | Person | age
#include <descr/descr.hpp>

struct Person : descr::object<Person, descr::field<"age", int>,
                              descr::field<"nick", int, descr::absentable>> {};

int main() {
  Person p;
  descr::setattr<"nick">(p, 1);
#ifdef DESCR_FAIL
  descr::delattr<"age">(p);
#else
  descr::delattr<"nick">(p);
#endif
  return descr::getattr<"age">(p);
}
