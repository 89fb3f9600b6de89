// A descriptor that declares del and refuses it (protocol.hpp, `deletable = false`).
// expect: cannot delete attribute | Person | age
#include <descr/descr.hpp>

struct AgeNoDel {
  static constexpr bool deletable = false;
  int get(auto& obj) const { return descr::getattr<"years">(obj); }
  void set(auto& obj, int v) const { descr::setattr<"years">(obj, v); }
  void del(auto&) const;
};

struct Person : descr::object<Person, descr::field<"years", int>,
                              descr::attr<"age", AgeNoDel{}>> {};

int main() {
  Person p;
#ifdef DESCR_FAIL
  descr::delattr<"age">(p);
#else
  descr::setattr<"age">(p, 3);
#endif
  return descr::getattr<"age">(p);
}
