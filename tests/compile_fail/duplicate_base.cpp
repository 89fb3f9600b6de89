// class Twice(Once, Once): Python: TypeError: duplicate base class Once
// The class is defined, constructed and used, as a user would.
// expect: duplicate base class | Twice | Once
#include <descr/descr.hpp>

struct Once : descr::object<Once, descr::field<"x", int>> {};
struct Other : descr::object<Other> {};
#ifdef DESCR_FAIL
struct Twice : descr::object<Twice, descr::bases<Once, Once>> {};
#else
struct Twice : descr::object<Twice, descr::bases<Once, Other>> {};
#endif

int main() {
  Twice t;
  return descr::getattr<"x">(t);
}
