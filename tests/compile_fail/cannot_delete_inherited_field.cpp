// A plain field declared by a base, deleted through a derived object.
// expect: cannot delete attribute | Student | age
#include <descr/descr.hpp>

struct Person : descr::object<Person, descr::field<"age", int>> {};
struct Student : descr::object<Student, descr::bases<Person>,
                               descr::field<"school", int, descr::absentable>> {};

int main() {
  Student s;
  descr::setattr<"school">(s, 1);
#ifdef DESCR_FAIL
  descr::delattr<"age">(s);
#else
  descr::delattr<"school">(s);
#endif
  return descr::getattr<"age">(s);
}
