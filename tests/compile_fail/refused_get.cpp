// A descriptor that declares get and refuses it (protocol.hpp, `readable = false`): reading is
// Python's "has no getter", named with the object's class.
// expect: has no getter | Student | age
#include <descr/descr.hpp>

struct WriteOnlyAge {
  static constexpr bool readable = false;
  int get(auto&) const;
  void set(auto& obj, int v) const { descr::setattr<"years">(obj, v); }
};

struct Person : descr::object<Person, descr::field<"years", int>,
                              descr::attr<"age", WriteOnlyAge{}>> {};
struct Student : descr::object<Student, descr::bases<Person>> {};

int main() {
  Student s;
  descr::setattr<"age">(s, 3);
#ifdef DESCR_FAIL
  return descr::getattr<"age">(s);
#else
  return descr::getattr<"years">(s);
#endif
}
