// A data descriptor with get and set but no del.
// expect: cannot delete attribute | Person | age
#include <descr/descr.hpp>

struct AgeGetSet {
  int get(auto& obj) const { return descr::getattr<"years">(obj); }
  void set(auto& obj, int v) const { descr::setattr<"years">(obj, v); }
};

struct Person : descr::object<Person, descr::field<"years", int>,
                              descr::attr<"age", AgeGetSet{}>> {};

int main() {
  Person p;
#ifdef DESCR_FAIL
  descr::delattr<"age">(p);
#else
  descr::setattr<"age">(p, 3);
#endif
  return descr::getattr<"age">(p);
}
