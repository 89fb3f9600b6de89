// A base in descr::bases that is not a descr class (not in DESIGN.md's table; the library's
// own message). The class is defined, constructed and one of its own fields read.
// expect: must itself be a descr class | Derived | Plain
#include <descr/descr.hpp>

struct Plain {
  int x = 0;
};
struct Good : descr::object<Good, descr::field<"x", int>> {};
#ifdef DESCR_FAIL
struct Derived : descr::object<Derived, descr::bases<Plain>, descr::field<"y", int>> {};
#else
struct Derived : descr::object<Derived, descr::bases<Good>, descr::field<"y", int>> {};
#endif

int main() {
  Derived d;
  return descr::getattr<"y">(d);
}
