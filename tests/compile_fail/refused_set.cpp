// A descriptor that declares set and refuses it (protocol.hpp, `writable = false`): it stays
// a data descriptor, and assigning is "read-only attribute".
// expect: read-only attribute | Person | age
#include <descr/descr.hpp>

struct ReadOnlyAge {
  static constexpr bool writable = false;
  int get(auto& obj) const { return descr::getattr<"years">(obj); }
  void set(auto&, int) const;
};

struct Person : descr::object<Person, descr::field<"years", int>,
                              descr::attr<"age", ReadOnlyAge{}>> {};

int main() {
  Person p;
  static_assert(descr::resolution<Person, "age"> == descr::rule::data_descriptor);
#ifdef DESCR_FAIL
  descr::setattr<"age">(p, 3);
#else
  descr::setattr<"years">(p, 3);
#endif
  return descr::getattr<"age">(p);
}
