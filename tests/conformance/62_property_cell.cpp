// 62_property_cell.py: the HowTo's spreadsheet Cell, whose value is a property without a setter
// that recalculates the cell on every read.
//
// Line 5 of the expected output, "AttributeError: property 'value' of 'Cell' object has no
// setter", is not printed: assigning a property without fset is a compile error here
// (read-only attribute), tests/compile_fail/property_read_only.cpp.
#include <descr/descr.hpp>
#include <descr/hana.hpp>

#include <boost/hana.hpp>

#include <iostream>
#include <map>
#include <string>

namespace hana = boost::hana;

namespace {
std::map<std::string, int> sheet = {{"a1", 2}, {"a2", 3}};

struct Cell : descr::object<Cell,
    descr::field<"name", std::string>,
    descr::field<"recalcs", int>,
    descr::field<"_value", int>,
    descr::field<"value", int, descr::absentable>,   // b10.__dict__['value'], never read
    descr::attr<"recalc", descr::function{[](auto& self) {
      ++descr::getattr<"recalcs">(self);
      int total = 0;
      for (const auto& [key, v] : sheet) total += v;
      descr::setattr<"_value">(self, total);
    }}>,
    descr::attr<"value", descr::property{
        [](auto& self) {  // getvalue
          descr::getattr<"recalc">(self)();
          return descr::getattr<"_value">(self);
        },
        descr::none, descr::none, "Recalculate the cell before returning value"}>> {
  explicit Cell(std::string name) { descr::setattr<"name">(*this, std::move(name)); }
};
}  // namespace

int main() {
  Cell b10("b10");
  // Each read recalculates: read into variables first, as print() evaluates its arguments.
  int v1 = descr::getattr<"value">(b10);
  std::cout << descr::getattr<"name">(b10) << ' ' << v1 << ' ' << descr::getattr<"recalcs">(b10)
            << '\n';
  sheet["a2"] = 30;
  int v2 = descr::getattr<"value">(b10);
  std::cout << v2 << ' ' << descr::getattr<"recalcs">(b10) << '\n';
  sheet["a3"] = 100;
  int v3 = descr::getattr<"value">(b10), v4 = descr::getattr<"value">(b10);
  std::cout << v3 << ' ' << v4 << ' ' << descr::getattr<"recalcs">(b10) << '\n';
  hana::at_key(b10, BOOST_HANA_STRING("value")) = -1;  // b10.__dict__['value'] = -1
  int v5 = descr::getattr<"value">(b10);               // the property still answers
  std::cout << v5 << ' ' << descr::getattr<"recalcs">(b10) << '\n';
  // b10.value = 7: read-only attribute, at compile time.
  std::cout << descr::getattr<"value">(descr::type<Cell>).doc.view() << '\n';
}
