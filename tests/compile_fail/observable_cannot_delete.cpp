// An observed attribute is always present: it has no del.
// expect: cannot delete attribute | Person | name
#include <descr/descr.hpp>

#include <string>

struct Person : descr::object<Person,
    descr::attr<"name", descr::observable<std::string>(
        [](auto&, const std::string&, const std::string&) {})>> {};

int main() {
  Person p;
#ifdef DESCR_FAIL
  descr::delattr<"name">(p);
#else
  descr::setattr<"name">(p, "Ann");
#endif
  return static_cast<int>(descr::getattr<"name">(p).size());
}
