// A descriptor that keeps a per-instance value (storage_type) and whose set takes an int,
// given a std::string.
// expect: wrong type for attribute | Person | age
#include <descr/descr.hpp>

#include <string>

struct Stored {
  using storage_type = int;
  int get(auto&, descr::slot<int> s) const { return s.get(); }
  void set(auto&, int v, descr::slot<int> s) const { s.set(v); }
};

struct Person : descr::object<Person, descr::attr<"age", Stored{}>> {};

int main() {
  Person p;
#ifdef DESCR_FAIL
  descr::setattr<"age">(p, std::string("forty"));
#else
  descr::setattr<"age">(p, 40);
#endif
  return descr::getattr<"age">(p);
}
