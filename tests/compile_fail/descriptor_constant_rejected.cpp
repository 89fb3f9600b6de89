// A constant descriptor may reject the constants it is built from: its constexpr
// constant_error() says what is wrong, and the class that declares it does not compile, even if
// the attribute is never used. The error names the class, the attribute and those words.
// expect: lo is greater than hi | Gauge | level
#include <descr/descr.hpp>

#include <string_view>

struct Range {
  int lo = 0, hi = 0;
  constexpr std::string_view constant_error() const {
    return lo > hi ? "lo is greater than hi" : "";
  }
  int get(auto&) const { return lo; }
};

#ifdef DESCR_FAIL
struct Gauge : descr::object<Gauge, descr::classvar<"unit", 1>,
                             descr::attr<"level", Range{.lo = 5, .hi = 1}>> {};
#else
struct Gauge : descr::object<Gauge, descr::classvar<"unit", 1>,
                             descr::attr<"level", Range{.lo = 1, .hi = 5}>> {};
#endif

int main() { return descr::getattr<"unit">(descr::type<Gauge>); }
