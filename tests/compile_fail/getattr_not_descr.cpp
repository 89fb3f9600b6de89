// descr::getattr on a value that is not a descr object, descr::type<C> or descr::super.
// expect: descr::getattr takes a descr object | Plain
#include <descr/descr.hpp>

struct Plain {
  int x = 1;
};
struct Described : descr::object<Described, descr::field<"x", int>> {};

int main() {
#ifdef DESCR_FAIL
  Plain p;
#else
  Described p;
#endif
  return descr::getattr<"x">(p);
}
