// Calling a bound method with arguments its function does not take (Python: "TypeError:
// D.scale() takes 2 positional arguments but 3 were given"): one error naming the class and
// the method.
// expect: does not take these arguments | Shape | scale
#include <descr/descr.hpp>

struct Shape : descr::object<Shape,
    descr::field<"size", int>,
    descr::attr<"scale", descr::function{[](auto& self, int k) {
      return descr::getattr<"size">(self) * k;
    }}>> {};

int main() {
  Shape s;
#ifdef DESCR_FAIL
  return descr::getattr<"scale">(s)(2, 3);
#else
  return descr::getattr<"scale">(s)(2);
#endif
}
