// A data descriptor with get and del but no set: assignment is a compile error.
// expect: read-only attribute | Person | age
#include <descr/descr.hpp>

struct AgeGetDel {
  int get(auto& obj) const { return descr::getattr<"years">(obj); }
  void del(auto& obj) const { descr::setattr<"years">(obj, 0); }
};

struct Person : descr::object<Person, descr::field<"years", int>,
                              descr::attr<"age", AgeGetDel{}>> {};

int main() {
  Person p;
  static_assert(descr::resolution<Person, "age"> == descr::rule::data_descriptor);
#ifdef DESCR_FAIL
  descr::setattr<"age">(p, 3);
#else
  descr::setattr<"years">(p, 3);
  descr::delattr<"age">(p);
#endif
  return descr::getattr<"age">(p);
}
