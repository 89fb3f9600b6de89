// Sanity: the comparison must notice a difference. Each pair below differs on purpose (another
// field, another constant, an extra operation), so compare_asm.py must exit with 1; the test
// is registered with should_fail (an internal error exits with 99, which should_fail does not
// hide).
#include <descr/descr.hpp>

#include <optional>

namespace plain {
struct Point {
  int x;
  int y;
};
}  // namespace plain

struct Point : descr::object<Point, descr::field<"x", int>, descr::field<"y", int>,
                             descr::classvar<"kind", 6>> {};

extern "C" {
int plain_other_field(const plain::Point& p) { return p.y; }
int descr_other_field(const Point& p) { return descr::getattr<"x">(p); }
int plain_other_constant(const plain::Point&) { return 5; }
int descr_other_constant(const Point& p) { return descr::getattr<"kind">(p); }
int plain_extra_work(const plain::Point& p) { return p.y; }
int descr_extra_work(const Point& p) { return descr::getattr<"y">(p) + descr::getattr<"x">(p); }
long plain_sum(const plain::Point* ps, long n) {
  long s = 0;
  for (long i = 0; i != n; ++i) s += ps[i].y;
  return s;
}
long descr_sum(const Point* ps, long n) {
  long s = 0;
  for (long i = 0; i != n; ++i) s += descr::getattr<"x">(ps[i]);
  return s;
}
int plain_same(const plain::Point& p) { return p.x; }
int descr_same(const Point& p) { return descr::getattr<"x">(p); }
int plain_same_too(const plain::Point& p) { return p.y; }
int descr_same_too(const Point& p) { return descr::getattr<"y">(p); }
}

// Constants loaded from memory (.LC0, .LCPI0_0) are compared by value, not by label.
namespace plain {
struct Scaled {
  double v;
  static constexpr double k = 3.5;
};
}  // namespace plain
struct Scaled : descr::object<Scaled, descr::field<"v", double>, descr::classvar<"k", 2.5>> {};
extern "C" {
double plain_other_double(const plain::Scaled& s) { return s.v * s.k; }
double descr_other_double(const Scaled& s) { return descr::getattr<"v">(s) * descr::getattr<"k">(s); }
}

// A named constant (the object of a template argument, here the attribute's name in a member's
// error message) is compared by its contents too: "right" is not "left".
namespace plain {
struct Pair {
  std::optional<int> left;
};
}  // namespace plain
struct Pair : descr::object<Pair, descr::member<"left", int>> {};
extern "C" {
int plain_other_string(const plain::Pair& p) {
  if (!p.left) throw descr::attribute_error::no_attribute(descr::name_of<Pair>, "right");
  return *p.left;
}
int descr_other_string(const Pair& p) { return descr::getattr<"left">(p); }
}
