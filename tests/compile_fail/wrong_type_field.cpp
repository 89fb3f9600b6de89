// A std::string given to an int field.
// expect: wrong type for attribute | Person | age
#include <descr/descr.hpp>

#include <string>

struct Person : descr::object<Person, descr::field<"age", int>,
                              descr::field<"name", std::string>> {};

int main() {
  Person p;
#ifdef DESCR_FAIL
  descr::setattr<"age">(p, std::string("forty"));
#else
  descr::setattr<"age">(p, 40);
  descr::setattr<"name">(p, std::string("Ann"));
#endif
  return descr::getattr<"age">(p);
}
