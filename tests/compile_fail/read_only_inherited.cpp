// The read-only descriptor comes from a base; the error names the class of the object.
// It also beats an instance entry of the same name: nothing is written to it.
// expect: read-only attribute | Student | age
#include <descr/descr.hpp>

struct AgeGetDel {
  int get(auto& obj) const { return descr::getattr<"years">(obj); }
  void del(auto& obj) const { descr::setattr<"years">(obj, 0); }
};

struct Person : descr::object<Person, descr::field<"years", int>,
                              descr::attr<"age", AgeGetDel{}>> {};
struct Student : descr::object<Student, descr::bases<Person>,
                               descr::field<"age", int, descr::absentable>> {};

int main() {
  Student s;
#ifdef DESCR_FAIL
  descr::setattr<"age">(s, 3);
#else
  descr::setattr<"years">(s, 3);
#endif
  return descr::getattr<"age">(s);
}
