// Number<int> keeps a plain int and takes what an int field takes: not a double.
// expect: wrong type for attribute | Stock | quantity
#include <descr/descr.hpp>
#include <descr/validators/number.hpp>

struct Stock : descr::object<Stock, descr::attr<"quantity", descr::Number<int>{.minvalue = 0}>> {};

int main() {
  Stock s;
#ifdef DESCR_FAIL
  descr::setattr<"quantity">(s, 2.5);
#else
  descr::setattr<"quantity">(s, 2);
#endif
  return descr::getattr<"quantity">(s);
}
