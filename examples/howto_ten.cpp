// Seed 000 (the Descriptor HowTo's Primer): "Simple example: A descriptor that returns a
// constant". Port of howto_ten.py: Ten, and the class A that uses it.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>

#include "python_repr.hpp"

// class Ten: def __get__(self, obj, objtype=None): return 10
// tutorial: ten
struct Ten {
  int get(const auto& /*obj*/, auto /*objtype*/) const { return 10; }
};

struct A : descr::object<A,
    descr::classvar<"x", 5>,        // x = 5       Regular class attribute
    descr::attr<"y", Ten{}>> {};    // y = Ten()   Descriptor instance
// tutorial end

int main() {
  Ten t;
  std::cout << py::repr(t) << '\n';                    // t
  std::cout << py::repr(descr::type<Ten>) << '\n';     // type(t)
  std::cout << t.get(4, descr::none) << '\n';          // t.__get__(4)

  // tutorial: ten-use
  A a;                                                 // Make an instance of class A
  std::cout << py::repr(a) << '\n';
  std::cout << descr::getattr<"x">(a) << '\n';         // a.x   Normal attribute lookup
  std::cout << descr::getattr<"y">(a) << '\n';         // a.y   Descriptor lookup
  // tutorial end
  std::cout << descr::vars(a) << '\n';                 // vars(a): 10 is not stored
  std::cout << descr::getattr<"y">(descr::type<A>) << '\n';  // A.y: __get__(None, A)
}
