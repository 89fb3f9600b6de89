// C.x = v: Python allows it on its own classes, not on built-in types; descr classes are
// fixed at compile time, so it is an error with Python's wording for immutable types.
// expect: cannot set attribute of immutable type | Config | retries
#include <descr/descr.hpp>

struct Config : descr::object<Config, descr::classvar<"retries", 3>> {};

int main() {
#ifdef DESCR_FAIL
  descr::setattr<"retries">(descr::type<Config>, 5);
#endif
  return descr::getattr<"retries">(descr::type<Config>);
}
