// Two identical fields in one class: reported in descr's words, not as the compiler's
// duplicate base class, and without any access to the name.
// expect: declared twice | Point | x
#include <descr/descr.hpp>

#ifdef DESCR_FAIL
struct Point : descr::object<Point, descr::field<"x", int>, descr::field<"x", int>,
                             descr::field<"y", int>> {};
#else
struct Point : descr::object<Point, descr::field<"x", int>, descr::field<"y", int>> {};
#endif

int main() {
  Point p;
  return descr::getattr<"y">(p);
}
