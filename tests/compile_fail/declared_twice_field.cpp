// Two fields of one name and different types in one class, found when the name is written.
// expect: declared twice | Point | x
#include <descr/descr.hpp>

#ifdef DESCR_FAIL
struct Point : descr::object<Point, descr::field<"x", int>, descr::field<"x", double>> {};
#else
struct Point : descr::object<Point, descr::field<"x", int>> {};
#endif

int main() {
  Point p;
  descr::setattr<"x">(p, 1);
  return 0;
}
