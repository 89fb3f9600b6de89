// descr::setattr on a value that is not a descr object (descr::type<C> and super objects have
// errors of their own: immutable_type, no_attribute_super_set).
// expect: descr::setattr takes a descr object | Plain
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
  descr::setattr<"x">(p, 2);
}
