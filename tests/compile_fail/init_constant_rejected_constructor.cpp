// A class with a keyword constructor (Python's __init__), defined constexpr with a value its
// validator rejects: the diagnostic names the class, the attribute and the reason; descr::make
// calls the keyword constructor.
// expect: to be at least minvalue | Gauge | level
#include <descr/descr.hpp>
#include <descr/init.hpp>
#include <descr/validators/number.hpp>
struct Gauge : descr::object<Gauge, descr::attr<"level", descr::Number<int>{.minvalue = 0, .maxvalue = 10}>> {
  template <descr::keyword_argument... K>
  constexpr Gauge(K&&... kw) { descr::init(*this, std::forward<K>(kw)...); }
};
#ifdef DESCR_FAIL
constexpr Gauge g(descr::kw<"level"> = -1);
#else
constexpr Gauge g(descr::kw<"level"> = 1);
#endif
constexpr auto h = descr::make<Gauge>(descr::kw<"level"> = 2);
int main() { return descr::getattr<"level">(g) + descr::getattr<"level">(h) == 3 ? 0 : 1; }
