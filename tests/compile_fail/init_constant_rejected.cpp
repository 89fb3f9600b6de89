// A class of Number<int> built by keyword in constant evaluation, with a value its validator
// rejects (Python's ValueError: Expected 11 to be no more than 10): the constant does not
// compile, and the diagnostic names the class, the attribute and the validator's reason.
// expect: to be no more than maxvalue | Gauge | level
#include <descr/descr.hpp>
#include <descr/init.hpp>
#include <descr/validators/number.hpp>

struct Gauge : descr::object<Gauge, descr::attr<"level", descr::Number<int>{.minvalue = 0, .maxvalue = 10}>> {};

constexpr int level(int v) {
  return descr::getattr<"level">(descr::make<Gauge>(descr::kw<"level"> = v));
}

#ifdef DESCR_FAIL
constexpr int x = level(11);
#else
constexpr int x = level(10);
#endif

int main() { return x == 10 ? 0 : 1; }
