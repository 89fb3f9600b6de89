// del obj.v where v is a class variable: the instance has no entry v.
// Python: AttributeError: 'Config' object has no attribute 'verbose'
// expect: has no attribute | Config | verbose
#include <descr/descr.hpp>

struct Config : descr::object<Config, descr::classvar<"verbose", 1>,
                              descr::field<"level", int, descr::absentable>> {};

int main() {
  Config c;
  descr::setattr<"level">(c, 2);
#ifdef DESCR_FAIL
  descr::delattr<"verbose">(c);
#else
  descr::delattr<"level">(c);
#endif
  return descr::getattr<"verbose">(c);
}
