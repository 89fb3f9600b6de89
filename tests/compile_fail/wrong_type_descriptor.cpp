// A std::string given to a data descriptor whose set takes an int. The class also has an
// absentable instance entry of the same name that does take a std::string: the value must
// not be written there instead (a data descriptor answers first, whatever the value's type).
// expect: wrong type for attribute | Person | age
#include <descr/descr.hpp>

#include <string>

struct AgeGetSet {
  int get(auto& obj) const { return descr::getattr<"years">(obj); }
  void set(auto& obj, int v) const { descr::setattr<"years">(obj, v); }
};

struct Person : descr::object<Person, descr::field<"years", int>,
                              descr::attr<"age", AgeGetSet{}>,
                              descr::field<"age", std::string, descr::absentable>> {};

int main() {
  Person p;
  static_assert(descr::resolution<Person, "age"> == descr::rule::data_descriptor);
#ifdef DESCR_FAIL
  descr::setattr<"age">(p, std::string("forty"));
#else
  descr::setattr<"age">(p, 40);
#endif
  return descr::getattr<"age">(p);
}
