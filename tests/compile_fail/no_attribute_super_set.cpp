// super(Student, s).age = 3: a super object takes no assignment, even where a base's data
// descriptor would (Python: 'super' object has no attribute 'age').
// expect: has no attribute | super_t | Student | age
#include <descr/descr.hpp>

struct Age {
  int get(auto& obj) const { return descr::getattr<"years">(obj); }
  void set(auto& obj, int v) const { descr::setattr<"years">(obj, v); }
};

struct Person : descr::object<Person, descr::field<"years", int>, descr::attr<"age", Age{}>> {};
struct Student : descr::object<Student, descr::bases<Person>> {};

int main() {
  Student s;
#ifdef DESCR_FAIL
  descr::setattr<"age">(descr::super<Student>(s), 3);
#else
  descr::setattr<"age">(s, 3);
#endif
  return descr::getattr<"age">(descr::super<Student>(s));
}
