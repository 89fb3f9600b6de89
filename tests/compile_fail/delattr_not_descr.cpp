// descr::delattr on a value that is not a descr object.
// expect: descr::delattr takes a descr object | Plain
#include <descr/descr.hpp>

struct Plain {
  int x = 1;
};
struct Described : descr::object<Described, descr::field<"x", int, descr::absentable>> {};

int main() {
#ifdef DESCR_FAIL
  Plain p;
#else
  Described p;
#endif
  descr::delattr<"x">(p);
}
