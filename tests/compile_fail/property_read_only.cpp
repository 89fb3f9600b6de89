// The HowTo's Cell: value is a property without a setter, recalculated on every read. It is
// still a data descriptor (the instance entry of the same name never answers), and assigning
// it is Python's AttributeError "property 'value' of 'Cell' object has no setter".
// expect: read-only attribute | Cell | value
#include <descr/descr.hpp>

struct Cell : descr::object<Cell,
    descr::field<"_value", int>,
    descr::field<"value", int, descr::absentable>,
    descr::attr<"value", descr::property{[](auto& self) {
      return descr::getattr<"_value">(self) += 1;   // recalc
    }}>> {};

int main() {
  Cell cell;
  static_assert(descr::resolution<Cell, "value"> == descr::rule::data_descriptor);
#ifdef DESCR_FAIL
  descr::setattr<"value">(cell, 7);
#else
  descr::setattr<"_value">(cell, 7);
#endif
  return descr::getattr<"value">(cell);
}
