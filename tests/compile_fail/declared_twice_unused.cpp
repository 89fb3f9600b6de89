// A name declared twice in one class is reported when the class is defined, even if the name
// is never read: two class variables, as Python's class body would silently keep the last.
// expect: declared twice | Settings | level
#include <descr/descr.hpp>

#ifdef DESCR_FAIL
struct Settings : descr::object<Settings, descr::classvar<"level", 1>,
                                descr::classvar<"level", 2>, descr::classvar<"other", 3>> {};
#else
struct Settings : descr::object<Settings, descr::classvar<"level", 2>,
                                descr::classvar<"other", 3>> {};
#endif

int main() { return descr::getattr<"other">(descr::type<Settings>); }
