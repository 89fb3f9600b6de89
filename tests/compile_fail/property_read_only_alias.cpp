// One property without a setter, bound under two names by a base class, assigned through the
// second name on an object of a derived class: the error names the attribute as the class
// binds it (alias) and the object's class (Student), not the class that defines it.
// expect: read-only attribute | Student | alias
#include <descr/descr.hpp>

inline constexpr auto age = descr::property{[](auto& self) { return descr::getattr<"years">(self); }};

struct Person : descr::object<Person, descr::field<"years", int>,
                              descr::attr<"age", age>, descr::attr<"alias", age>> {};
struct Student : descr::object<Student, descr::bases<Person>> {};

int main() {
  Student s;
#ifdef DESCR_FAIL
  descr::setattr<"alias">(s, 20);
#else
  descr::setattr<"years">(s, 20);
#endif
  return descr::getattr<"alias">(s) + descr::getattr<"age">(s);
}
