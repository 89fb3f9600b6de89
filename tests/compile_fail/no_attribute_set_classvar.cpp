// obj.v = 1 where v is only a class variable: descr has no undeclared instance entries
// (as with Python's __slots__), so there is nothing to assign.
// expect: has no attribute | Config | verbose
#include <descr/descr.hpp>

struct Config : descr::object<Config, descr::classvar<"verbose", 1>,
                              descr::field<"level", int>> {};

int main() {
  Config c;
#ifdef DESCR_FAIL
  descr::setattr<"verbose">(c, 2);
#else
  descr::setattr<"level">(c, 2);
#endif
  return descr::getattr<"verbose">(c);
}
