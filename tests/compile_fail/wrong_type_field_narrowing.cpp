// A double given to an int field: a conversion that loses the value's kind is refused.
// expect: wrong type for attribute | Counter | count
#include <descr/descr.hpp>

struct Counter : descr::object<Counter, descr::field<"count", int>,
                               descr::field<"ratio", double>> {};

int main() {
  Counter c;
#ifdef DESCR_FAIL
  descr::setattr<"count">(c, 2.5);
#else
  descr::setattr<"count">(c, 2);
  descr::setattr<"ratio">(c, 2);  // an int widens to a double
#endif
  return descr::getattr<"count">(c);
}
