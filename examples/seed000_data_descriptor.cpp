// Seed 000 (Understanding Python Descriptors), "Summary of invocation logic": data descriptors
// always override instance dictionaries. Port of seed000_data_descriptor.py.
//
// Example has both an instance entry x and a data descriptor x, as Python's instance __dict__
// and class __dict__ may. self.__dict__['x'] = ... writes the entry without going through the
// descriptor: descr classes are Boost.Hana Structs, and hana::at_key reaches the entry itself.
// DataDescriptor keeps a changing value, so it is declared with attr_of.
#include <descr/descr.hpp>
#include <descr/hana.hpp>
#include <descr/repr.hpp>

#include <boost/hana/at_key.hpp>
#include <boost/hana/string.hpp>

#include <iostream>
#include <string>

struct DataDescriptor {
  int value;

  explicit DataDescriptor(int initial_value) : value(initial_value) {}

  int get(const auto& /*obj*/, auto /*objtype*/) const {
    std::cout << "DataDescriptor.__get__ called\n";
    return value;
  }
  void set(const auto& /*obj*/, int new_value) {
    std::cout << "DataDescriptor.__set__ called with value: " << new_value << '\n';
    value = new_value;
  }
};

struct Example : descr::object<Example,
    descr::attr_of<"x", DataDescriptor, 42>,    // Data descriptor defined in class
    descr::field<"x", std::string>> {           // the instance dictionary's entry x
  Example() {
    // Try to override with instance attribute: self.__dict__['x'] = "Instance value"
    boost::hana::at_key(*this, BOOST_HANA_STRING("x")) = "Instance value";
  }
};

static_assert(descr::resolution<Example, "x"> == descr::rule::data_descriptor);

int main() {
  Example example;
  std::cout << descr::vars(example) << '\n';           // example.__dict__
  int x = descr::getattr<"x">(example);                // example.x: the descriptor answers
  std::cout << x << '\n';
  descr::setattr<"x">(example, 100);                   // example.x = 100
  std::cout << descr::repr(boost::hana::at_key(example, BOOST_HANA_STRING("x"))) << '\n';
  x = descr::getattr<"x">(example);
  std::cout << x << '\n';
}
