// Two class attributes of one name in one class: Python keeps the last, C++ reports the slip.
// expect: declared twice | Settings | level
#include <descr/descr.hpp>

#ifdef DESCR_FAIL
struct Settings : descr::object<Settings, descr::classvar<"level", 1>,
                                descr::classvar<"level", 2>> {};
#else
struct Settings : descr::object<Settings, descr::classvar<"level", 2>> {};
#endif

int main() {
  Settings s;
  return descr::getattr<"level">(s);
}
