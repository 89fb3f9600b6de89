// Seed 000 (Understanding Python Descriptors), "Closing thoughts" and "Automatic name
// notification". Port of howto_set_name.py.
//
// C's set_name prints, so it runs at run time: the descriptors are declared with attr_of, which
// builds them when the class is first used, in declaration order, and calls set_name right
// after each, as Python does when it creates class A. NameTracker's set_name only records the name, so it is a
// constant descriptor (attr) whose set_name runs at compile time.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <cstddef>
#include <iostream>
#include <string>
#include <string_view>

#include "python_repr.hpp"

struct C {
  std::string name;
  void set_name(auto owner, std::string_view n) {
    std::cout << "__set_name__ called with owner=" << descr::name_of<typename decltype(owner)::type>
              << ", name='" << n << "'\n";
    name = n;  // self.name = name
  }
};

struct A : descr::object<A,
    descr::attr_of<"x", C>,             // This will trigger set_name
    descr::attr_of<"y", C>,             // This will trigger it again with a different name
    descr::attr_of<"bananas", C>> {};

// A constant template argument holds its name as pointer and size (std::string is not
// structural); the name is the attribute's, a constant itself.
struct NameTracker {
  const char* data = nullptr;
  std::size_t size = 0;
  constexpr void set_name(auto /*owner*/, std::string_view name) {
    data = name.data();
    size = name.size();
  }
  constexpr std::string_view name() const { return {data, size}; }
};

// Demo = type('Demo', (), {'x': NameTracker(), 'y': NameTracker(), 'z': 5})
struct Demo : descr::object<Demo,
    descr::attr<"x", NameTracker{}>,
    descr::attr<"y", NameTracker{}>,
    descr::classvar<"z", 5>> {};
static_assert(descr::getattr<"x">(descr::type<Demo>).name() == "x");  // known at compile time

int main() {
  A a;
  // (a.x, a.y, a.x.name, a.y.name, a.bananas.name): C has no get, so a.x is the C object.
  const C& x = descr::getattr<"x">(a);
  const C& y = descr::getattr<"y">(a);
  const C& bananas = descr::getattr<"bananas">(a);
  std::cout << py::tuple_repr(x, y, x.name, y.name, bananas.name) << '\n';

  std::cout << descr::repr(descr::getattr<"x">(descr::type<Demo>).name()) << '\n';  // Demo.x.name
  std::cout << descr::repr(descr::getattr<"y">(descr::type<Demo>).name()) << '\n';  // Demo.y.name
}
