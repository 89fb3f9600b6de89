// Seed 000 (Understanding Python Descriptors), "Summary of invocation logic": non-data
// descriptors may be overridden by instance dictionaries. Port of
// seed000_non_data_descriptor.py: the instance entry x answers, and get is never called.
#include <descr/descr.hpp>
#include <descr/hana.hpp>
#include <descr/repr.hpp>

#include <boost/hana/at_key.hpp>
#include <boost/hana/string.hpp>

#include <iostream>
#include <string>

struct NonDataDescriptor {
  int value;

  constexpr explicit NonDataDescriptor(int initial_value) : value(initial_value) {}

  int get(const auto& /*obj*/, auto /*objtype*/) const {
    std::cout << "DataDescriptor.__get__ called\n";  // (sic) the seed's message
    return value;
  }
};

static_assert(descr::NonDataDescriptor<NonDataDescriptor, void>);

struct Example : descr::object<Example,
    descr::attr<"x", NonDataDescriptor{42}>,    // its value never changes: a constant
    descr::field<"x", std::string>> {           // the instance dictionary's entry x
  Example() {
    // Try to override with instance attribute: self.__dict__['x'] = "Instance value"
    boost::hana::at_key(*this, BOOST_HANA_STRING("x")) = "Instance value";
  }
};

static_assert(descr::resolution<Example, "x"> == descr::rule::instance);

int main() {
  Example example;
  std::cout << descr::vars(example) << '\n';                         // example.__dict__
  std::cout << descr::repr(descr::getattr<"x">(example)) << '\n';    // example.x
}
