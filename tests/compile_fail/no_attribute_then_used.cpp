// A failed read whose result is then used as a method and as an object (called, read, assigned,
// deleted): still the one error of the read.
// expect: has no attribute | Shape | clone
#include <descr/descr.hpp>

struct Shape : descr::object<Shape,
    descr::field<"size", int, descr::absentable>,
    descr::attr<"copy", descr::function{[](auto& self, int k) {
      auto c = self;
      descr::setattr<"size">(c, descr::getattr<"size">(self) * k);
      return c;
    }}>> {};

int main() {
  Shape s;
#ifdef DESCR_FAIL
  auto c = descr::getattr<"clone">(s)(2);
#else
  auto c = descr::getattr<"copy">(s)(2);
#endif
  descr::setattr<"size">(c, 3);
  int size = descr::getattr<"size">(c);
  descr::delattr<"size">(c);
  return size;
}
