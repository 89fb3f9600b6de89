// del super(Student, s).age: a super object has nothing to delete (Python: 'super' object has
// no attribute 'age').
// expect: has no attribute | super_t | Student | age
#include <descr/descr.hpp>

struct Age {
  int get(auto& obj) const { return descr::getattr<"years">(obj); }
  void del(auto& obj) const { descr::setattr<"years">(obj, 0); }
};

struct Person : descr::object<Person, descr::field<"years", int>, descr::attr<"age", Age{}>> {};
struct Student : descr::object<Student, descr::bases<Person>> {};

int main() {
  Student s;
#ifdef DESCR_FAIL
  descr::delattr<"age">(descr::super<Student>(s));
#else
  descr::delattr<"age">(s);
#endif
  return descr::getattr<"age">(descr::super<Student>(s));
}
