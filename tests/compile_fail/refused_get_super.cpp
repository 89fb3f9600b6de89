// Reading through super a descriptor that refuses get: "has no getter", naming the object's
// class (super has no __getattr__ to fall back on).
// expect: has no getter | Student | age
#include <descr/descr.hpp>

struct WriteOnlyAge {
  static constexpr bool readable = false;
  int get(auto&) const;
  void set(auto& obj, int v) const { descr::setattr<"years">(obj, v); }
};

struct Person : descr::object<Person, descr::field<"years", int>,
                              descr::attr<"age", WriteOnlyAge{}>> {};
struct Student : descr::object<Student, descr::bases<Person>, descr::classvar<"age", 5>> {};

int main() {
  Student s;
#ifdef DESCR_FAIL
  return descr::getattr<"age">(descr::super<Student>(s));
#else
  return descr::getattr<"age">(s);
#endif
}
