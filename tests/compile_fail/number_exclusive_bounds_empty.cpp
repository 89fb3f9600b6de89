// Number{.gt = 5, .lt = 5} takes no value (Python's takes the bounds and fails at each set):
// its class does not compile, and the error names the class, the attribute and why.
// expect: gt is not less than lt | Gauge | level
#include <descr/descr.hpp>
#include <descr/validators/number.hpp>

#ifdef DESCR_FAIL
struct Gauge : descr::object<Gauge, descr::classvar<"unit", 1>,
    descr::attr<"level", descr::Number{.gt = 5, .lt = 5}>> {};
#else
struct Gauge : descr::object<Gauge, descr::classvar<"unit", 1>,
    descr::attr<"level", descr::Number{.gt = 5, .lt = 6}>> {};
#endif

int main() { return descr::getattr<"unit">(descr::type<Gauge>) == 1 ? 0 : 1; }
